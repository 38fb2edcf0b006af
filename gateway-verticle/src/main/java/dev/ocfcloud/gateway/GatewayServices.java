package dev.ocfcloud.gateway;

import dev.ocfcloud.gateway.delivery.ConnectedDevices;
import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.account.SignUpExchanges;
import dev.ocfcloud.model.auth.TokenEndpointClient;
import dev.ocfcloud.model.auth.TokenVerifier;
import dev.ocfcloud.model.bus.DeviceRequestClient;
import dev.ocfcloud.model.bus.DirectoryClient;
import java.time.Clock;

/**
 * What the gateway's device sessions need from the rest of the cloud.
 *
 * @param signUps shared by every gateway verticle of the process, so a device retrying its sign-up
 *     on another connection gets the same answer
 * @param connected the signed-in devices of this process, shared by its gateway verticles
 * @param nodeId names this gateway process in the devices' connection records
 */
public record GatewayServices(
        Commands commands,
        DeviceRequestClient deviceRequests,
        DirectoryClient directory,
        TokenVerifier tokenVerifier,
        TokenEndpointClient tokenEndpoint,
        SignUpExchanges signUps,
        ConnectedDevices connected,
        String nodeId,
        Clock clock) {}
