package dev.ocfcloud.api.oauth;

import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.user.PasswordHash;
import dev.ocfcloud.api.oauth.user.UserAccount;
import dev.ocfcloud.model.OwnerId;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The users and clients the provider tests log in and authenticate as. */
public final class TestSetup {
    public static final String ALICE_PASSWORD = "alice-password";
    public static final String GATEWAY_SECRET = "gateway-secret";
    public static final String ADMIN_SECRET = "admin-secret";
    public static final String SERVICE_SECRET = "service-secret";
    public static final String APP_SECRET = "app-secret";
    public static final String APP_REDIRECT = "https://app.example/callback";
    public static final String CONSOLE_REDIRECT = "http://127.0.0.1:9/callback";

    private static final List<UserAccount> USERS = List.of(
            new UserAccount("alice", hash(ALICE_PASSWORD), OwnerId.of("alice")),
            new UserAccount("bob", hash("bob-password"), OwnerId.of("acme")));

    private TestSetup() {}

    /** A cheap hash (the minimum work factor): tests hash many. */
    public static PasswordHash hash(String password) {
        return PasswordHash.of(password.toCharArray(), new SecureRandom(), PasswordHash.MIN_ITERATIONS);
    }

    public static List<OAuthClient> clients() {
        return List.of(
                new OAuthClient(
                        "gateway",
                        Optional.of(GATEWAY_SECRET),
                        List.of(),
                        Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                        Set.of("r:*", "w:*"),
                        Optional.empty()),
                new OAuthClient(
                        "ocf-admin",
                        Optional.of(ADMIN_SECRET),
                        List.of(),
                        Set.of(GrantType.CLIENT_CREDENTIALS),
                        Set.of("ocf:admin", "r:*", "w:*"),
                        Optional.empty()),
                new OAuthClient(
                        "loadtool",
                        Optional.of(SERVICE_SECRET),
                        List.of(),
                        Set.of(GrantType.CLIENT_CREDENTIALS),
                        Set.of("r:*"),
                        Optional.of(OwnerId.of("tenant-7"))),
                new OAuthClient(
                        "app",
                        Optional.of(APP_SECRET),
                        List.of(APP_REDIRECT),
                        Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                        Set.of("r:*", "w:*"),
                        Optional.empty()),
                new OAuthClient(
                        "console",
                        Optional.empty(),
                        List.of(CONSOLE_REDIRECT),
                        Set.of(GrantType.AUTHORIZATION_CODE),
                        Set.of("r:*", "w:*"),
                        Optional.empty()));
    }

    public static OAuthProviderConfig config() {
        return OAuthProviderConfig.defaults(USERS, clients());
    }
}
