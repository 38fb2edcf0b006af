package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import io.vertx.core.Future;

/**
 * One OCF endpoint of the cloud as a device sees it ({@code /oic/sec/account}, {@code /oic/rd}, …).
 * A failed future carries a {@code CloudException}; {@link CoapErrors} turns it into the answer.
 */
@FunctionalInterface
public interface OcfEndpoint {
    Future<CoapResponse> handle(CoapRequest request, Session session);
}
