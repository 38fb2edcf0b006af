package dev.ocfcloud.gateway;

import dev.ocfcloud.gateway.delivery.ConnectedDevices;
import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.account.SignUpExchanges;
import dev.ocfcloud.model.auth.TokenEndpointClient;
import dev.ocfcloud.model.auth.TokenGrant;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.auth.VerifiedToken;
import dev.ocfcloud.model.bus.AggregateClient;
import dev.ocfcloud.model.bus.DevicePartitioner;
import dev.ocfcloud.model.bus.DeviceRequestClient;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** Gateway services for tests of the connection itself: the identity provider is unreachable. */
final class TestServices {
    private TestServices() {}

    static GatewayServices withoutIdentityProvider(Vertx vertx) {
        Unreachable idp = new Unreachable();
        AggregateClient aggregates = new AggregateClient(vertx, new DevicePartitioner(4), Duration.ofSeconds(2));
        return new GatewayServices(
                new Commands(aggregates),
                new DeviceRequestClient(vertx, aggregates, Clock.systemUTC()),
                new DirectoryClient(vertx, Duration.ofSeconds(2)),
                idp,
                idp,
                new SignUpExchanges(Clock.systemUTC()),
                new ConnectedDevices(),
                "test-gateway",
                Clock.systemUTC());
    }

    /** An identity provider that does not answer: every call fails as transiently unavailable. */
    private static final class Unreachable implements TokenVerifier, TokenEndpointClient {
        @Override
        public Future<VerifiedToken> verify(String jwt) {
            return away();
        }

        @Override
        public Future<TokenGrant> exchangeCode(String code, String redirectUri) {
            return away();
        }

        @Override
        public Future<TokenGrant> refresh(String refreshToken) {
            return away();
        }

        @Override
        public Future<TokenGrant> clientCredentials(Set<String> scopes) {
            return away();
        }

        private static <T> Future<T> away() {
            return Future.failedFuture(new CloudException(CloudError.of(ErrorCode.AUTH_UNAVAILABLE, "not reachable")));
        }
    }
}
