package org.dissentgraph.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import io.micronaut.web.router.exceptions.DuplicateRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;
import org.dissentgraph.neo4j.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One place where every error becomes an {@link ApiProblem}. */
final class ProblemHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

    private ProblemHandlers() {}

    static MutableHttpResponse<ApiProblem> respond(
            HttpRequest<?> request, int status, String title, String detail, String parameter, List<String> accepted) {
        ApiProblem problem =
                new ApiProblem("about:blank", title, status, detail, request.getPath(), parameter, accepted);
        return HttpResponse.<ApiProblem>status(io.micronaut.http.HttpStatus.valueOf(status))
                .contentType(ApiProblem.MEDIA_TYPE)
                .body(problem);
    }

    @Singleton
    @Produces(ApiProblem.MEDIA_TYPE)
    static final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, ApiException e) {
            String parameter = e instanceof ApiException.BadParameter bad
                    ? bad.parameter()
                    : e instanceof ApiException.NotFound missing ? missing.parameter() : null;
            List<String> accepted = e instanceof ApiException.BadParameter bad ? bad.accepted() : null;
            return respond(request, e.status().getCode(), e.title(), e.getMessage(), parameter, accepted);
        }
    }

    /** The database is unreachable or the query ran out of time: 503. */
    @Singleton
    @Produces(ApiProblem.MEDIA_TYPE)
    static final class DatabaseUnavailableHandler
            implements ExceptionHandler<DatabaseUnavailable, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, DatabaseUnavailable e) {
            LOG.warn("{} {}: 503 {} Cause: {}", request.getMethod(), request.getPath(), e.getMessage(), causes(e));
            return respond(request, 503, "Service unavailable", e.getMessage(), null, null);
        }
    }

    /** {@code ?limit=abc}: a value of the wrong type. Replaces Micronaut's own, which would make two candidates (a 500). */
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    @Produces(ApiProblem.MEDIA_TYPE)
    static final class ConversionHandler
            implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, ConversionErrorException e) {
            String name = e.getArgument().getName();
            String value = e.getConversionError()
                    .getOriginalValue()
                    .map(String::valueOf)
                    .orElse("");
            return respond(
                    request,
                    400,
                    "Bad parameter: " + name,
                    "'" + abbreviate(value) + "' is not a valid "
                            + e.getArgument().getType().getSimpleName().toLowerCase() + " for " + name,
                    name,
                    null);
        }
    }

    /** A required parameter is missing. Replaces Micronaut's own handler, as above. */
    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    @Produces(ApiProblem.MEDIA_TYPE)
    static final class UnsatisfiedHandler
            implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, UnsatisfiedRouteException e) {
            String name = e.getArgument().getName();
            return respond(
                    request, 400, "Missing parameter: " + name, "The parameter '" + name + "' is required", name, null);
        }
    }

    /**
     * Two routes that differ only in what they consume, and a request that says nothing
     * ({@code POST /api/imports} without Content-Type): a 415 naming the accepted types, not
     * Micronaut's "More than 1 route matched".
     */
    @Singleton
    @Replaces(io.micronaut.http.server.exceptions.DuplicateRouteHandler.class)
    @Produces(ApiProblem.MEDIA_TYPE)
    static final class DuplicateRouteHandler
            implements ExceptionHandler<DuplicateRouteException, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, DuplicateRouteException e) {
            List<String> accepted = e.getUriRoutes().stream()
                    .flatMap(r -> r.getRouteInfo().getConsumes().stream())
                    .map(MediaType::toString)
                    .distinct()
                    .toList();
            String given = ((HttpRequest<?>) request)
                    .getContentType()
                    .map(MediaType::toString)
                    .orElse(null);
            String detail =
                    (given == null ? "The request has no Content-Type" : "Content-Type " + given + " is ambiguous")
                            + "; send one of " + String.join(", ", accepted);
            return respond(request, 415, "Unsupported Media Type", detail, "Content-Type", accepted);
        }
    }

    /**
     * The driver's cause of a 503, for the log: class and message of the cause, and of its root cause
     * when that is another; credentials in a URI ({@code bolt://user:secret@host}) are masked.
     */
    static String causes(Throwable e) {
        Throwable cause = e.getCause();
        if (cause == null) {
            return "none recorded";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describe(cause) + (root == cause ? "" : "; root cause " + describe(root));
        return USER_INFO.matcher(text).replaceAll("//***@");
    }

    private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("//[^/@\\s]+@");

    private static String describe(Throwable t) {
        return t.getClass().getName() + ": " + String.valueOf(t.getMessage()).strip();
    }

    /** A value quoted back in a problem: long input is shortened, the sentence around it never. */
    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    /**
     * Errors Micronaut answers itself (no route, method not allowed, unexpected exceptions) get
     * the same problem shape; the message is the framework's, never a stack trace.
     */
    @Singleton
    @Replaces(HateoasErrorResponseProcessor.class)
    static final class ProblemResponseProcessor implements ErrorResponseProcessor<ApiProblem> {
        @Override
        public MutableHttpResponse<ApiProblem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
            int status = response.getStatus().getCode();
            String detail;
            if (status >= 500) {
                detail = "An unexpected error occurred; it has been logged.";
            } else {
                detail = context.getErrors().isEmpty()
                        ? response.getStatus().getReason()
                        : context.getErrors().get(0).getMessage();
            }
            ApiProblem problem = new ApiProblem(
                    "about:blank",
                    response.getStatus().getReason(),
                    status,
                    detail,
                    context.getRequest().getPath(),
                    null,
                    null);
            return response.contentType(MediaType.of(ApiProblem.MEDIA_TYPE)).body(problem);
        }
    }
}
