package dev.ocfcloud.launcher.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.user.PasswordHash;
import dev.ocfcloud.api.oauth.user.UserAccount;
import dev.ocfcloud.model.OwnerId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the entries of {@code oauth.users} and {@code oauth.clients}: YAML (or JSON) lists of
 * mappings. A bad entry fails with its index and field, never echoing secrets.
 */
final class OAuthEntries {
    private static final Set<String> USER_FIELDS = Set.of("username", "passwordHash", "owner");
    private static final Set<String> CLIENT_FIELDS =
            Set.of("id", "secret", "redirectUris", "grantTypes", "scopes", "owner");
    static final Set<String> DEFAULT_SCOPES = Set.of("r:*", "w:*");

    private OAuthEntries() {}

    /** The problem with one entry; the caller names the key and the entry. */
    static final class EntryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EntryException(String message) {
            super(message);
        }
    }

    static UserAccount user(JsonNode entry) {
        requireFields(entry, USER_FIELDS);
        String username = text(entry, "username").orElseThrow(() -> new EntryException("username is missing"));
        String hash = text(entry, "passwordHash")
                .orElseThrow(() -> new EntryException("passwordHash is missing (ocf-cloud hash-password makes one)"));
        try {
            return new UserAccount(
                    username,
                    PasswordHash.parse(hash),
                    OwnerId.of(text(entry, "owner").orElse(username)));
        } catch (IllegalArgumentException e) {
            throw new EntryException(e.getMessage());
        }
    }

    static OAuthClient client(JsonNode entry) {
        requireFields(entry, CLIENT_FIELDS);
        String id = text(entry, "id").orElseThrow(() -> new EntryException("id is missing"));
        Optional<String> secret = text(entry, "secret");
        Set<GrantType> grants = grantTypes(entry, secret.isPresent());
        Set<String> scopes =
                list(entry, "scopes").map(TreeSet::new).map(Set::copyOf).orElse(DEFAULT_SCOPES);
        try {
            return new OAuthClient(
                    id,
                    secret,
                    list(entry, "redirectUris").orElse(List.of()),
                    grants,
                    scopes,
                    text(entry, "owner").map(OwnerId::of));
        } catch (IllegalArgumentException e) {
            throw new EntryException(e.getMessage());
        }
    }

    /** Default: a confidential client gets client credentials; a public one the authorization code. */
    private static Set<GrantType> grantTypes(JsonNode entry, boolean confidential) {
        Optional<List<String>> names = list(entry, "grantTypes");
        if (names.isEmpty()) {
            return confidential ? Set.of(GrantType.CLIENT_CREDENTIALS) : Set.of(GrantType.AUTHORIZATION_CODE);
        }
        Set<GrantType> grants = EnumSet.noneOf(GrantType.class);
        for (String name : names.get()) {
            grants.add(GrantType.of(name)
                    .orElseThrow(() -> new EntryException("grantTypes holds '" + name
                            + "'; grant types are authorization_code, refresh_token, client_credentials")));
        }
        return grants;
    }

    private static void requireFields(JsonNode entry, Set<String> known) {
        if (!entry.isObject()) {
            throw new EntryException("must be a mapping");
        }
        entry.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new EntryException("unknown field " + name + " (fields: " + new TreeSet<>(known) + ")");
            }
        });
    }

    private static Optional<String> text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new EntryException(field + " must be a plain value");
        }
        return Optional.of(value.asText().strip()).filter(text -> !text.isEmpty());
    }

    private static Optional<List<String>> list(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw new EntryException(field + " must be a list");
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        return Optional.of(List.copyOf(items));
    }
}
