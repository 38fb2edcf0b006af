package dev.ocfcloud.gateway.delivery;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.OptionsBuilder;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.Contents;
import dev.ocfcloud.gateway.ocf.OperationStatuses;
import dev.ocfcloud.gateway.session.DeviceRequests;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.command.ConfirmDeviceRequest;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.delivery.DeviceRequestDelivery;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out pending cloud→device requests on one device's connection: the CoAP request for the
 * kind (POST, GET, POST with {@code if=oic.if.create}, DELETE — PROTOCOL.md §2), then the device's
 * answer back to the aggregate as the confirmation of the same correlation id. A delivery already
 * being worked on is not sent twice; one the device never answers is left to expire in the
 * aggregate.
 */
public final class DeviceRequestRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceRequestRunner.class);
    private static final long OCF_VERSION_2_0 = 2048;

    private final DeviceRequests requests;
    private final Commands commands;
    private final Clock clock;
    private final Set<CorrelationId> running = new HashSet<>();

    public DeviceRequestRunner(DeviceRequests requests, Commands commands, Clock clock) {
        this.requests = requests;
        this.commands = commands;
        this.clock = clock;
    }

    public void run(DeviceRequestDelivery delivery) {
        if (!delivery.validUntil().isAfter(clock.instant()) || !running.add(delivery.correlationId())) {
            return;
        }
        requests.send(requestFor(delivery), clock.instant())
                .compose(answer -> commands.send(confirmation(delivery, answer)))
                .onComplete(done -> running.remove(delivery.correlationId()), failure -> {
                    running.remove(delivery.correlationId());
                    LOG.debug(
                            "{} {} of {} not confirmed: {}",
                            delivery.kind(),
                            delivery.correlationId(),
                            delivery.resourceId(),
                            failure.getMessage());
                });
    }

    private static ConfirmDeviceRequest confirmation(DeviceRequestDelivery delivery, CoapResponse answer) {
        ResourceContent content = Contents.of(answer);
        return delivery.kind()
                .confirmation(
                        delivery.resourceId(),
                        delivery.owner(),
                        delivery.correlationId(),
                        OperationStatuses.of(answer.responseCode()),
                        content);
    }

    static CoapRequest requestFor(DeviceRequestDelivery delivery) {
        OptionsBuilder options = Options.builder();
        for (String segment : delivery.resourceId().href().segments()) {
            options.addString(OptionNumber.URI_PATH, segment);
        }
        String resourceInterface =
                delivery.kind() == DeviceRequestKind.CREATE ? "oic.if.create" : delivery.resourceInterface();
        if (!resourceInterface.isEmpty()) {
            options.addString(OptionNumber.URI_QUERY, "if=" + resourceInterface);
        }
        options.addUint(OptionNumber.ACCEPT, ContentFormat.OCF_CBOR.value());
        options.addUint(OptionNumber.OCF_ACCEPT_CONTENT_FORMAT_VERSION, OCF_VERSION_2_0);
        Payload payload = Payload.EMPTY;
        if (!delivery.content().isEmpty()) {
            options.addUint(OptionNumber.CONTENT_FORMAT, delivery.content().contentFormat());
            options.addUint(OptionNumber.OCF_CONTENT_FORMAT_VERSION, OCF_VERSION_2_0);
            payload = Payload.copyOf(delivery.content().data().unsafeArray());
        }
        Method method = switch (delivery.kind()) {
            case UPDATE, CREATE -> Method.POST;
            case RETRIEVE -> Method.GET;
            case DELETE -> Method.DELETE;
        };
        return new CoapRequest(method, Token.EMPTY, options.build(), payload);
    }
}
