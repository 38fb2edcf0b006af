package dev.ocfcloud.api.oauth.user;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The configured users and checking their passwords, off the event loop. An unknown username costs
 * as much as a wrong password, so response times do not tell which usernames exist.
 */
public final class UserDirectory {
    private final Vertx vertx;
    private final Map<String, UserAccount> byName;
    private final PasswordHash decoy;

    public UserDirectory(Vertx vertx, Collection<UserAccount> users) {
        this.vertx = vertx;
        this.byName = users.stream().collect(Collectors.toUnmodifiableMap(UserAccount::username, Function.identity()));
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        this.decoy = new PasswordHash(PasswordHash.DEFAULT_ITERATIONS, salt, new byte[32]);
    }

    /** The user if the password is theirs; empty otherwise. Runs the hash on a worker thread. */
    public Future<Optional<UserAccount>> authenticate(String username, String password) {
        Optional<UserAccount> user = Optional.ofNullable(byName.get(username));
        PasswordHash hash = user.map(UserAccount::passwordHash).orElse(decoy);
        return vertx.executeBlocking(() -> hash.matches(password.toCharArray()), false)
                .map(matches -> matches ? user : Optional.empty());
    }
}
