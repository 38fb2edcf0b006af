package dev.ocfcloud.model.auth;

import io.vertx.core.Future;

/** Checks a JWT access token; failures carry a {@code CloudException} with an {@code auth.*} code. */
public interface TokenVerifier {
    Future<VerifiedToken> verify(String jwt);
}
