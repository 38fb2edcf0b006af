package dev.ocfcloud.api.oauth.metadata;

import dev.ocfcloud.api.oauth.authorize.AuthorizeEndpoint;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.grant.Pkce;
import dev.ocfcloud.api.oauth.grant.TokenEndpoint;
import dev.ocfcloud.api.oauth.onboarding.OnboardingCodeEndpoint;
import dev.ocfcloud.api.oauth.token.Scopes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The provider's metadata, served at {@code /.well-known/openid-configuration} (OpenID Connect
 * Discovery 1.0 §3; the same fields as RFC 8414). No ID tokens are issued: the provider is an
 * OAuth2 authorization server that publishes its keys the OIDC way, so stock clients and
 * verifiers find them.
 */
public final class DiscoveryDocument {
    public static final String PATH = "/.well-known/openid-configuration";

    private DiscoveryDocument() {}

    public static JsonObject of(String issuer) {
        TreeSet<String> scopes = new TreeSet<>(Scopes.DEVICE);
        scopes.add(Scopes.ADMIN);
        return new JsonObject()
                .put("issuer", issuer)
                .put("authorization_endpoint", issuer + AuthorizeEndpoint.PATH)
                .put("token_endpoint", issuer + TokenEndpoint.PATH)
                .put("jwks_uri", issuer + JwksEndpoint.PATH)
                .put("ocf_onboarding_code_endpoint", issuer + OnboardingCodeEndpoint.PATH)
                .put("response_types_supported", new JsonArray().add("code"))
                .put(
                        "grant_types_supported",
                        new JsonArray(Arrays.stream(GrantType.values())
                                .map(GrantType::value)
                                .toList()))
                .put("scopes_supported", new JsonArray(scopes.stream().toList()))
                .put(
                        "token_endpoint_auth_methods_supported",
                        new JsonArray()
                                .add("client_secret_basic")
                                .add("client_secret_post")
                                .add("none"))
                .put("code_challenge_methods_supported", new JsonArray().add(Pkce.S256))
                .put("subject_types_supported", new JsonArray().add("public"))
                .put("id_token_signing_alg_values_supported", new JsonArray().add("ES256"))
                .put("token_endpoint_auth_signing_alg_values_supported", new JsonArray().add("ES256"));
    }
}
