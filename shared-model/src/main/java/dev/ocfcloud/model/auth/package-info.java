/**
 * OAuth2/OIDC as the cloud consumes it, whoever the provider is (the embedded one or an external
 * IdP): verifying access tokens against an issuer's JWKS ({@link dev.ocfcloud.model.auth.TokenVerifier})
 * and talking to a token endpoint ({@link dev.ocfcloud.model.auth.TokenEndpointClient}). Nothing
 * here knows the embedded provider: pointing the cloud at another provider is configuration only.
 *
 * <p>Failures are failed futures carrying a {@link dev.ocfcloud.model.error.CloudException} with
 * one of the {@code auth.*} codes; {@code auth.unavailable} (retryable) always means the provider
 * could not be asked, never that the credentials are bad.
 */
package dev.ocfcloud.model.auth;
