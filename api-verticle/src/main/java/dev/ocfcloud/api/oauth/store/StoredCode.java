package dev.ocfcloud.api.oauth.store;

import dev.ocfcloud.model.OwnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A one-time code as stored: only its hash, never the code itself.
 *
 * @param codeHash the code's SHA-256, Base64url (the code is only in the holder's hands)
 * @param kind authorization or onboarding code
 * @param clientId the client it was issued to (authorization codes); empty for onboarding codes
 * @param subject the {@code sub} of the tokens it grants
 * @param owner their owner
 * @param scopes their scopes
 * @param redirectUri the {@code redirect_uri} of the authorization request, if it had one
 * @param codeChallenge the PKCE S256 challenge (RFC 7636), if any
 * @param expiresAt after this it is refused
 * @param usedAt when it was redeemed; a second redemption is refused
 * @param issuedFamily the refresh-token family its redemption started, revoked if it is reused
 */
public record StoredCode(
        String codeHash,
        CodeKind kind,
        Optional<String> clientId,
        String subject,
        OwnerId owner,
        Set<String> scopes,
        Optional<String> redirectUri,
        Optional<String> codeChallenge,
        Instant expiresAt,
        Optional<Instant> usedAt,
        Optional<String> issuedFamily) {
    public StoredCode {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
        Objects.requireNonNull(issuedFamily, "issuedFamily");
        scopes = Set.copyOf(scopes);
    }

    /** A fresh, unused code. */
    public static StoredCode issued(
            String codeHash,
            CodeKind kind,
            Optional<String> clientId,
            String subject,
            OwnerId owner,
            Set<String> scopes,
            Optional<String> redirectUri,
            Optional<String> codeChallenge,
            Instant expiresAt) {
        return new StoredCode(
                codeHash,
                kind,
                clientId,
                subject,
                owner,
                scopes,
                redirectUri,
                codeChallenge,
                expiresAt,
                Optional.empty(),
                Optional.empty());
    }

    public boolean used() {
        return usedAt.isPresent();
    }

    public StoredCode markedUsed(Instant at) {
        return new StoredCode(
                codeHash,
                kind,
                clientId,
                subject,
                owner,
                scopes,
                redirectUri,
                codeChallenge,
                expiresAt,
                Optional.of(at),
                issuedFamily);
    }

    public StoredCode withIssuedFamily(String familyId) {
        return new StoredCode(
                codeHash,
                kind,
                clientId,
                subject,
                owner,
                scopes,
                redirectUri,
                codeChallenge,
                expiresAt,
                usedAt,
                Optional.of(familyId));
    }
}
