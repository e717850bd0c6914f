/**
 * The JSON API under {@code /api/v1}: routes, parameter parsing with bounds, the write-token guard,
 * and the one error shape {@code {"status", "message"}}. Handlers are thin: they read parameters into a
 * request record ({@link dev.paperscope.api.SearchRequest}), ask the {@link dev.paperscope.api.Library}
 * (the data folder as the HTTP layer sees it) and write JSON through {@link dev.paperscope.api.Json}.
 *
 * <p>Adding routes: a class per area (e.g. {@code AgendaApi}) with handler methods, registered from
 * {@link dev.paperscope.api.ApiRoutes#register}; throw {@link dev.paperscope.api.ApiException} for
 * 4xx answers; anything that touches the catalog goes through {@link dev.paperscope.api.Library#exclusive}.
 *
 * <p>Thread-safety: handlers run on Jetty's pool concurrently. {@code Library} lets searches run in
 * parallel and serialises catalog access behind one lock; everything else here is stateless.
 */
package dev.paperscope.api;
