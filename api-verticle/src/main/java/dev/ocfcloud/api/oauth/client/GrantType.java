package dev.ocfcloud.api.oauth.client;

import java.util.Arrays;
import java.util.Optional;

/** The grant types of the token endpoint (RFC 6749 §4.1, §4.4, §6). */
public enum GrantType {
    AUTHORIZATION_CODE("authorization_code"),
    REFRESH_TOKEN("refresh_token"),
    CLIENT_CREDENTIALS("client_credentials");

    private final String value;

    GrantType(String value) {
        this.value = value;
    }

    /** The {@code grant_type} value, e.g. {@code authorization_code}. */
    public String value() {
        return value;
    }

    public static Optional<GrantType> of(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }
}
