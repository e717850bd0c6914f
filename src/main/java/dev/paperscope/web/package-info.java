/**
 * The HTTP server ({@link dev.paperscope.web.PaperscopeServer}: Javalin on Jetty, loopback by default)
 * and the server-rendered HTML pages. Pages are built from Java text blocks; every untrusted string goes
 * through {@link dev.paperscope.web.Html} (escaping; {@code **} highlight markers become {@code <mark>}
 * only after escaping), every URL through {@link dev.paperscope.web.Links}. Static assets (CSS) are
 * classpath resources under {@code web/static}; KaTeX is served from its webjar, so nothing loads from
 * the network at run time.
 *
 * <p>Adding a page: a final class with a static {@code render(...)} returning a whole page via
 * {@link dev.paperscope.web.Layout#page}, and a route in {@link dev.paperscope.web.Pages#register} (or
 * a sibling registrar called from {@code PaperscopeServer.start}).
 *
 * <p>Thread-safety: renderers are stateless; the server is started and closed by one thread.
 */
package dev.paperscope.web;
