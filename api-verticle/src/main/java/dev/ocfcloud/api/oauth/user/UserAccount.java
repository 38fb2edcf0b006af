package dev.ocfcloud.api.oauth.user;

import dev.ocfcloud.model.OwnerId;
import java.util.Objects;

/**
 * A user who can log in at the authorization endpoint, from configuration.
 *
 * @param username what they type
 * @param passwordHash their password's hash ({@code ocf-cloud hash-password})
 * @param owner the tenant their tokens carry (by default the username)
 */
public record UserAccount(String username, PasswordHash passwordHash, OwnerId owner) {
    public UserAccount {
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(owner, "owner");
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a user needs a username");
        }
    }
}
