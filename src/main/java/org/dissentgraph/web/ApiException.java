package org.dissentgraph.web;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** A request the API refuses, with the status and the words of its problem body. */
public sealed class ApiException extends RuntimeException permits ApiException.BadParameter, ApiException.NotFound {

    private final HttpStatus status;
    private final String title;

    private ApiException(HttpStatus status, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** 400: a parameter is malformed or out of range; names it and what it accepts. */
    public static final class BadParameter extends ApiException {
        private final String parameter;
        private final List<String> accepted;

        public BadParameter(String parameter, String detail, List<String> accepted) {
            super(HttpStatus.BAD_REQUEST, "Bad parameter: " + parameter, detail, null);
            this.parameter = parameter;
            this.accepted = accepted;
        }

        public String parameter() {
            return parameter;
        }

        public List<String> accepted() {
            return accepted;
        }
    }

    /** 404: no node has this id (or it is not of the kind the path asks for); names the path parameter. */
    public static final class NotFound extends ApiException {
        private final String parameter;

        public NotFound(String what, String id) {
            this(what, id, "id");
        }

        public NotFound(String what, String id, String parameter) {
            super(HttpStatus.NOT_FOUND, "Not found", "No " + what + " with id '" + id + "'", null);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
