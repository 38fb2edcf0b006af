package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.gateway.GatewayServices;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.ocf.account.DeregisterHandler;
import dev.ocfcloud.gateway.ocf.account.SignUpHandler;
import dev.ocfcloud.gateway.ocf.discovery.DiscoveryHandler;
import dev.ocfcloud.gateway.ocf.rd.PublishHandler;
import dev.ocfcloud.gateway.ocf.rd.UnpublishHandler;
import dev.ocfcloud.gateway.ocf.routed.RoutedResourceHandler;
import dev.ocfcloud.gateway.ocf.routed.ShadowObservations;
import dev.ocfcloud.gateway.ocf.signin.SessionHandler;
import dev.ocfcloud.gateway.ocf.token.TokenRefreshHandler;
import dev.ocfcloud.model.config.DeviceSessionConfig;
import io.vertx.core.Vertx;

/** The OCF Device-to-Cloud endpoints (ISO/IEC 30118-11, PROTOCOL.md §1.1) and who may use them. */
public final class OcfEndpoints {
    private OcfEndpoints() {}

    public static OcfRouter router(Vertx vertx, GatewayServices services, DeviceSessionConfig config) {
        return new OcfRouter()
                .addOpen(
                        Method.POST,
                        "/oic/sec/account",
                        new SignUpHandler(
                                services.tokenEndpoint(),
                                services.tokenVerifier(),
                                services.commands(),
                                services.signUps(),
                                config.redirectUri()))
                .addOpen(
                        Method.DELETE,
                        "/oic/sec/account",
                        new DeregisterHandler(services.tokenVerifier(), services.commands()))
                .addOpen(
                        Method.POST,
                        "/oic/sec/session",
                        new SessionHandler(
                                services.tokenVerifier(), services.commands(), services.directory(), services.clock()))
                .addOpen(
                        Method.POST,
                        "/oic/sec/tokenrefresh",
                        new TokenRefreshHandler(services.tokenEndpoint(), services.tokenVerifier()))
                .add(Method.POST, "/oic/rd", new PublishHandler(services.commands()))
                .add(Method.DELETE, "/oic/rd", new UnpublishHandler(services.commands()))
                .add(Method.GET, "/oic/res", new DiscoveryHandler(services.directory()))
                .addPrefix(
                        DiscoveryHandler.ROUTED_PREFIX,
                        new RoutedResourceHandler(
                                services.directory(),
                                services.deviceRequests(),
                                new ShadowObservations(vertx),
                                services.clock(),
                                config.deviceRequestTimeout()));
    }
}
