package dev.ocfcloud.api.oauth.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocfcloud.api.oauth.OAuthError;
import dev.ocfcloud.api.oauth.OAuthException;
import io.vertx.core.MultiMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientCredentialsTest {
    @Test
    void decodesFormEncodedBasicCredentials() {
        // RFC 6749 §2.3.1: "client:1" / "s p&" are sent as "client%3A1:s+p%26".
        ClientCredentials credentials = ClientCredentials.of("Basic Y2xpZW50JTNBMTpzK3AlMjY=", form());

        assertThat(credentials).isEqualTo(new ClientCredentials("client:1", Optional.of("s p&"), true));
    }

    @Test
    void readsFormCredentialsAndAPublicClientsIdAlone() {
        assertThat(ClientCredentials.of(null, form("client_id", "app", "client_secret", "s")))
                .isEqualTo(new ClientCredentials("app", Optional.of("s"), false));
        assertThat(ClientCredentials.of(null, form("client_id", "console")))
                .isEqualTo(new ClientCredentials("console", Optional.empty(), false));
    }

    @Test
    void refusesTwoMethodsMalformedBasicAndNoneAtAll() {
        assertRefused(() -> ClientCredentials.of("Basic YTpi", form("client_secret", "s")), OAuthError.INVALID_REQUEST);
        assertRefused(() -> ClientCredentials.of("Basic !!!", form()), OAuthError.INVALID_CLIENT);
        assertRefused(() -> ClientCredentials.of("Basic bm9jb2xvbg==", form()), OAuthError.INVALID_CLIENT);
        assertRefused(() -> ClientCredentials.of("Bearer x", form()), OAuthError.INVALID_CLIENT);
        assertRefused(() -> ClientCredentials.of(null, form()), OAuthError.INVALID_CLIENT);
    }

    private static void assertRefused(Runnable action, OAuthError error) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        OAuthException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    private static TokenRequest form(String... namesAndValues) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new TokenRequest(form);
    }
}
