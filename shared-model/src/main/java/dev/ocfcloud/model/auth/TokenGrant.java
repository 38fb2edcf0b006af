package dev.ocfcloud.model.auth;

import java.time.Duration;

/** What a token endpoint granted. */
public record TokenGrant(String accessToken, String refreshToken, Duration expiresIn) {}
