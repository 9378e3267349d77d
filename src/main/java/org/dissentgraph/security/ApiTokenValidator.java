package org.dissentgraph.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import org.reactivestreams.Publisher;

/** {@code Authorization: Bearer <DISSENT_API_TOKEN>}. */
@Singleton
class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final WriteCredentials credentials;

    ApiTokenValidator(WriteCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return credentials.tokenMatches(token)
                ? Publishers.just(Authentication.build("api-token", List.of("WRITER")))
                : Publishers.empty();
    }
}
