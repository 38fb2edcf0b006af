package dev.ocfcloud.api.oauth.client;

import dev.ocfcloud.api.oauth.token.Secrets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured clients, by id, and checking a client's secret. */
public final class ClientRegistry {
    private final Map<String, OAuthClient> byId;

    public ClientRegistry(Collection<OAuthClient> clients) {
        this.byId = clients.stream().collect(Collectors.toUnmodifiableMap(OAuthClient::clientId, Function.identity()));
    }

    public Optional<OAuthClient> find(String clientId) {
        return Optional.ofNullable(byId.get(clientId));
    }

    /**
     * The client if {@code presentedSecret} is its secret; a public client is named by its id alone,
     * so with no secret presented.
     */
    public Optional<OAuthClient> authenticate(String clientId, Optional<String> presentedSecret) {
        return find(clientId).filter(client -> matches(client, presentedSecret));
    }

    private static boolean matches(OAuthClient client, Optional<String> presented) {
        if (client.secret().isEmpty()) {
            return presented.isEmpty();
        }
        return presented.isPresent() && Secrets.sameSecret(client.secret().get(), presented.get());
    }
}
