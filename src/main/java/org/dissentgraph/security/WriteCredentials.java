package org.dissentgraph.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may write (import data), from the environment: {@code DISSENT_WRITE_USERS} as
 * {@code name:password[,name:password…]} for HTTP Basic, and/or {@code DISSENT_API_TOKEN} for
 * {@code Authorization: Bearer}. With neither set, nobody may write. Passwords are compared in
 * constant time and never logged.
 */
@Singleton
public class WriteCredentials {

    private final Map<String, byte[]> users = new LinkedHashMap<>();
    private final byte[] token;

    public WriteCredentials(
            @Value("${dissent.write-users:}") String users, @Value("${dissent.api-token:}") String token) {
        for (String pair : users.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0 && colon < pair.length() - 1) {
                this.users.put(
                        pair.substring(0, colon).strip(),
                        pair.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
            }
        }
        this.token = token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    public boolean anyConfigured() {
        return !users.isEmpty() || token != null;
    }

    /** The user name when {@code name}/{@code password} match a configured user. */
    public Optional<String> user(String name, String password) {
        byte[] expected = users.get(name);
        if (expected == null || password == null) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(expected, password.getBytes(StandardCharsets.UTF_8))
                ? Optional.of(name)
                : Optional.empty();
    }

    public boolean tokenMatches(String presented) {
        return token != null
                && presented != null
                && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
