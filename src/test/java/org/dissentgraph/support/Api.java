package org.dissentgraph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dissentgraph.web.ApiProblem;

/** GETs against the service under test, answers read as plain JSON maps and lists, or as problems. */
public record Api(HttpClient http, JsonMapper json) {

    /** A response: its status, content type and JSON body. */
    public record Answer(int status, String contentType, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String key) {
            return (List<Map<String, Object>>) body.get(key);
        }

        @SuppressWarnings("unchecked")
        public List<String> strings(String key) {
            return (List<String>) body.get(key);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String key) {
            return (Map<String, Object>) body.get(key);
        }
    }

    /** GET {@code uri}, whatever the status. */
    public Answer get(String uri) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET(uri), String.class);
            return answer(
                    response.code(),
                    response.getContentType().map(Object::toString).orElse(null),
                    response.body());
        } catch (HttpClientResponseException e) {
            return answer(
                    e.code(),
                    e.getResponse().getContentType().map(Object::toString).orElse(null),
                    e.getResponse().getBody(String.class).orElse("{}"));
        }
    }

    /**
     * GET {@code uri}, which must fail with {@code status} and an RFC 9457 problem
     * ({@code application/problem+json}); that problem.
     */
    public ApiProblem problem(String uri, int status) {
        HttpClientResponseException e = catchThrowableOfType(
                () -> http.toBlocking().exchange(HttpRequest.GET(uri), Argument.STRING, Argument.STRING),
                HttpClientResponseException.class);
        assertThat(e).as(uri + " should fail").isNotNull();
        assertThat(e.getStatus().getCode()).as(uri).isEqualTo(status);
        assertThat(e.getResponse().getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).startsWith(ApiProblem.MEDIA_TYPE));
        try {
            return json.readValue(e.getResponse().getBody(String.class).orElseThrow(), ApiProblem.class);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private Answer answer(int status, String contentType, String body) {
        try {
            Map<String, Object> map =
                    json.readValue(body == null ? "{}" : body, Argument.mapOf(String.class, Object.class));
            return new Answer(status, contentType, map);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
