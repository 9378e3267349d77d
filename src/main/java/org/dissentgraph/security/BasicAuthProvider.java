package org.dissentgraph.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.List;

/** HTTP Basic against {@code DISSENT_WRITE_USERS}. */
@Singleton
class BasicAuthProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final WriteCredentials credentials;

    BasicAuthProvider(WriteCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public AuthenticationResponse authenticate(
            @Nullable HttpRequest<B> request, AuthenticationRequest<String, String> authRequest) {
        return credentials
                .user(authRequest.getIdentity(), authRequest.getSecret())
                .map(user -> AuthenticationResponse.success(user, List.of("WRITER")))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
