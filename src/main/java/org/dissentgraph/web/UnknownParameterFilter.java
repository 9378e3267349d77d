package org.dissentgraph.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A query parameter the matched route does not take is refused with a 400 naming it and the ones
 * the route accepts ({@code /api/penalties?persn=...} would otherwise be silently ignored and
 * answer every penalty). The accepted names are read from the route's {@code @QueryValue}
 * arguments, so they cannot drift from the controllers.
 */
@ServerFilter("/api/**")
final class UnknownParameterFilter {

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseUnknown(HttpRequest<?> request) {
        if (!(RouteAttributes.getRouteInfo(request).orElse(null) instanceof MethodBasedRouteInfo<?, ?> route)) {
            return null; // no route matched: the 404 or 405 says so
        }
        Set<String> names = request.getParameters().names();
        if (names.isEmpty()) {
            return null;
        }
        Set<String> accepted = accepted(route);
        List<String> unknown = new ArrayList<>(new TreeSet<>(names));
        unknown.removeAll(accepted);
        if (unknown.isEmpty()) {
            return null;
        }
        String list = String.join(", ", unknown);
        String detail = (unknown.size() == 1 ? "Unknown parameter '" + list + "'" : "Unknown parameters " + list)
                + "; this endpoint accepts "
                + (accepted.isEmpty() ? "no query parameters" : String.join(", ", accepted));
        return ProblemHandlers.respond(
                request, 400, "Unknown parameter: " + list, detail, unknown.get(0), List.copyOf(accepted));
    }

    /** The names of the route's {@code @QueryValue} arguments, as the request spells them. */
    static Set<String> accepted(MethodBasedRouteInfo<?, ?> route) {
        Set<String> accepted = new TreeSet<>();
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            var metadata = argument.getAnnotationMetadata();
            if (metadata.hasAnnotation(QueryValue.class)) {
                accepted.add(metadata.stringValue(QueryValue.class)
                        .filter(n -> !n.isBlank())
                        .orElse(argument.getName()));
            }
        }
        return accepted;
    }
}
