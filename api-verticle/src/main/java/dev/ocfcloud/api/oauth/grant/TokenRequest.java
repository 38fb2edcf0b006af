package dev.ocfcloud.api.oauth.grant;

import dev.ocfcloud.api.oauth.OAuthError;
import io.vertx.core.MultiMap;
import java.util.Optional;

/** The form parameters of a token request; none may appear twice (RFC 6749 §3.2). */
public final class TokenRequest {
    private final MultiMap form;

    public TokenRequest(MultiMap form) {
        for (String name : form.names()) {
            if (form.getAll(name).size() > 1) {
                throw OAuthError.INVALID_REQUEST.because("parameter " + name + " appears more than once");
            }
        }
        this.form = form;
    }

    /** The parameter, if present and not empty (RFC 6749 §3.1: empty counts as omitted). */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(form.get(name)).filter(value -> !value.isEmpty());
    }

    public String required(String name) {
        return optional(name)
                .orElseThrow(() -> OAuthError.INVALID_REQUEST.because("parameter " + name + " is missing"));
    }
}
