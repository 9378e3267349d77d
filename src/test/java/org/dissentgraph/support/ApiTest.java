package org.dissentgraph.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Base of the integration tests that read the HTTP API as plain JSON ({@link Api}). */
public abstract class ApiTest extends DatabaseTest {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected JsonMapper json;

    /** GET {@code uri}, whatever the status. */
    protected Api.Answer get(String uri) {
        return new Api(http, json).get(uri);
    }

    /** The {@code id} of each map. */
    protected static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(r -> (String) r.get("id")).toList();
    }

    /** The map under {@code key}. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }
}
