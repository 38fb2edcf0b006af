package dev.ocfcloud.api.oauth.authorize;

import dev.ocfcloud.api.oauth.OAuthError;
import dev.ocfcloud.api.oauth.client.ClientRegistry;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.grant.Pkce;
import dev.ocfcloud.api.oauth.token.Scopes;
import io.vertx.core.MultiMap;
import java.util.Optional;
import java.util.Set;

/**
 * A checked authorization request (RFC 6749 §4.1.1, PKCE RFC 7636 §4.3).
 *
 * @param client the client asking
 * @param redirectUri where the answer goes: one of the client's registered URIs
 * @param redirectUriGiven whether the request named it (then the token request must repeat it)
 * @param scopes the scopes asked for (the client's when none were)
 * @param state the client's {@code state}, echoed back
 * @param codeChallenge the PKCE S256 challenge
 */
public record AuthorizationRequest(
        OAuthClient client,
        String redirectUri,
        boolean redirectUriGiven,
        Set<String> scopes,
        Optional<String> state,
        Optional<String> codeChallenge) {
    /** The parameters carried through the login form. */
    static final Set<String> PARAMETERS = Set.of(
            "response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method");

    /**
     * The client and its redirect URI. If these are wrong the user must not be sent anywhere
     * (RFC 6749 §4.1.2.1), so the failure is shown, not redirected.
     */
    static RedirectTarget target(MultiMap params, ClientRegistry clients) {
        rejectRepeated(params);
        OAuthClient client = Optional.ofNullable(params.get("client_id"))
                .flatMap(clients::find)
                .orElseThrow(() -> OAuthError.INVALID_REQUEST.because("unknown client_id"));
        Optional<String> given = nonEmpty(params.get("redirect_uri"));
        if (given.isPresent()) {
            if (!client.redirectUris().contains(given.get())) {
                throw OAuthError.INVALID_REQUEST.because("redirect_uri is not registered for this client");
            }
            return new RedirectTarget(client, given.get(), true, nonEmpty(params.get("state")));
        }
        if (client.redirectUris().size() != 1) {
            throw OAuthError.INVALID_REQUEST.because("redirect_uri is required for this client");
        }
        return new RedirectTarget(client, client.redirectUris().getFirst(), false, nonEmpty(params.get("state")));
    }

    /** Where errors may be redirected to, once client and redirect URI are known good. */
    record RedirectTarget(OAuthClient client, String redirectUri, boolean given, Optional<String> state) {}

    /** The rest of the request; failures here are redirected to the client. */
    static AuthorizationRequest checked(RedirectTarget target, MultiMap params) {
        OAuthClient client = target.client();
        if (!"code".equals(params.get("response_type"))) {
            throw OAuthError.UNSUPPORTED_RESPONSE_TYPE.because("only response_type=code is supported");
        }
        if (!client.allows(GrantType.AUTHORIZATION_CODE)) {
            throw OAuthError.UNAUTHORIZED_CLIENT.because("client may not use authorization_code");
        }
        Set<String> requested = Scopes.parse(params.get("scope"));
        if (!client.scopes().containsAll(requested)) {
            throw OAuthError.INVALID_SCOPE.because("scope exceeds what the client may get");
        }
        return new AuthorizationRequest(
                client,
                target.redirectUri(),
                target.given(),
                requested.isEmpty() ? client.scopes() : requested,
                target.state(),
                challenge(client, params));
    }

    private static Optional<String> challenge(OAuthClient client, MultiMap params) {
        Optional<String> challenge = nonEmpty(params.get("code_challenge"));
        Optional<String> method = nonEmpty(params.get("code_challenge_method"));
        if (challenge.isEmpty()) {
            if (!client.confidential()) {
                throw OAuthError.INVALID_REQUEST.because("a public client must use PKCE (code_challenge)");
            }
            return Optional.empty();
        }
        // RFC 7636 §4.3 defaults the method to "plain", which we do not accept.
        if (!method.equals(Optional.of(Pkce.S256))) {
            throw OAuthError.INVALID_REQUEST.because("code_challenge_method must be S256");
        }
        if (!Pkce.isChallenge(challenge.get())) {
            throw OAuthError.INVALID_REQUEST.because("code_challenge is not an S256 challenge");
        }
        return challenge;
    }

    private static void rejectRepeated(MultiMap params) {
        for (String name : params.names()) {
            if (params.getAll(name).size() > 1) {
                throw OAuthError.INVALID_REQUEST.because("parameter " + name + " appears more than once");
            }
        }
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isEmpty());
    }
}
