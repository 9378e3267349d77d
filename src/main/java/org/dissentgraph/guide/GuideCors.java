package org.dissentgraph.guide;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.dissentgraph.neo4j.BrowserOrigins;

/**
 * Cross-origin reads of the guide, for Neo4j Browser only ({@code :guide http://localhost:8080/guide}
 * fetches it from the Browser's page). Micronaut's own CORS stays off, so {@code /api/…} answers no
 * other origin at all; the guide answers only {@link BrowserOrigins}, with GET (and its preflight),
 * never with credentials.
 */
@ServerFilter({"/guide", "/guide/**"})
final class GuideCors {

    private final BrowserOrigins browsers;

    GuideCors(BrowserOrigins browsers) {
        this.browsers = browsers;
    }

    /** A preflight from the Browser is answered here; from any other origin it gets no CORS header. */
    @RequestFilter
    @Nullable
    HttpResponse<?> preflight(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (request.getMethod() != HttpMethod.OPTIONS
                || !request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)
                || !browsers.allows(origin)) {
            return null;
        }
        MutableHttpResponse<?> response = HttpResponse.ok();
        allow(response, origin);
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET");
        String headers = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (headers != null && !headers.isBlank()) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
        }
        response.header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "1800");
        return response;
    }

    @ResponseFilter
    void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (request.getMethod() == HttpMethod.GET && browsers.allows(origin)) {
            allow(response, origin);
        }
    }

    private static void allow(MutableHttpResponse<?> response, String origin) {
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }
}
