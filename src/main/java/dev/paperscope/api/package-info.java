/**
 * The JSON API under {@code /api/v1}: routes, parameter parsing with bounds, the write-token guard,
 * and the one error shape {@code {"status", "message"}}. Handlers are thin: they read parameters into a
 * request record ({@link dev.paperscope.api.SearchRequest}), ask the {@link dev.paperscope.api.Library}
 * (the data folder as the HTTP layer sees it) and write JSON through {@link dev.paperscope.api.Json}.
 *
 * <p>Adding routes: a class per area (e.g. {@code AgendaApi}) with handler methods, registered from
 * {@link dev.paperscope.api.ApiRoutes#register}; throw {@link dev.paperscope.api.ApiException} for
 * 4xx answers; writes, the user's data (agenda, lists) and anything needing several catalog calls to agree
 * go through {@link dev.paperscope.api.Library#exclusive};
 * document the route in {@code src/main/resources/web/openapi.json} (OpenApiDocumentTest fails for an
 * undocumented route, and requests every documented GET). Tests: {@code web.ServerFixture} (server on a
 * temp data folder) and {@code web.Browser} (headless Chromium).
 *
 * <p>Thread-safety: handlers run on Jetty's pool concurrently. {@code Library} lets searches (records or
 * works), work and record lookups run in parallel (each catalog method is one synchronized transaction)
 * and serialises the rest behind one lock; everything else here is stateless.
 */
package dev.paperscope.api;
