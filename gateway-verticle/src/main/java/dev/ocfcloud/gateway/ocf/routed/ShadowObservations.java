package dev.ocfcloud.gateway.ocf.routed;

import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.bus.Addresses;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.event.ResourceChanged;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;

/**
 * A device client's observation of another device's resource through the cloud: every
 * {@code ResourceChanged} of that resource (published on the device's event address) becomes a
 * 2.05 notification with the observation's token and a growing Observe number (RFC 7641 §4.4),
 * until the client cancels (Observe 1) or its session ends.
 */
public final class ShadowObservations {
    static final long FIRST_SEQUENCE = 2;
    /** RFC 7641 §4.4: Observe numbers are 24-bit and wrap. */
    static final long SEQUENCE_MODULUS = 1 << 24;

    private final Vertx vertx;

    public ShadowObservations(Vertx vertx) {
        this.vertx = vertx;
    }

    void start(Session session, Session.SignedIn client, ResourceId target, Token token) {
        long[] sequence = {FIRST_SEQUENCE};
        MessageConsumer<EventEnvelope> consumer = vertx.eventBus()
                .consumer(Addresses.deviceEvents(target.deviceId()), message -> {
                    EventEnvelope event = message.body();
                    if (event.owner().equals(client.owner())
                            && !event.aggregateId().isDevice()
                            && event.aggregateId().resourceId().equals(target)
                            && event.event() instanceof ResourceChanged changed) {
                        sequence[0] = (sequence[0] + 1) % SEQUENCE_MODULUS;
                        session.send(RoutedResourceHandler.withContent(
                                        CoapResponse.of(token, ResponseCode.CONTENT), changed.content())
                                .withUintOption(OptionNumber.OBSERVE, sequence[0]));
                    }
                });
        session.onEnd(key(token), () -> consumer.unregister());
    }

    void stop(Session session, Token token) {
        session.cancelOnEnd(key(token));
    }

    private static String key(Token token) {
        return "client-observation:" + token;
    }
}
