package dev.ocfcloud.gateway.ocf.rd;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.ocf.BadRequest;
import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.OcfEndpoint;
import dev.ocfcloud.gateway.ocf.OcfResponses;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.command.UnpublishResourceLinks;
import dev.ocfcloud.model.event.ResourceLinksUnpublished;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code DELETE /oic/rd?di=…&ins=…[&ins=…]}: removes the links with these instance ids (all links
 * when none is named), stops observing them, answers 2.02.
 */
public final class UnpublishHandler implements OcfEndpoint {
    private final Commands commands;

    public UnpublishHandler(Commands commands) {
        this.commands = commands;
    }

    @Override
    public Future<CoapResponse> handle(CoapRequest request, Session session) {
        Session.SignedIn device = RdChecks.signedInDevice(session, request);
        RdChecks.sameDevice(
                device, request.queryParameter("di").orElseThrow(() -> BadRequest.because("'di' is required")));
        List<Long> instances = new ArrayList<>();
        for (String ins : request.queryParameters().getOrDefault("ins", List.of())) {
            try {
                instances.add(Long.parseLong(ins));
            } catch (NumberFormatException e) {
                throw BadRequest.because("'ins' must be an integer");
            }
        }
        UnpublishResourceLinks unpublish = new UnpublishResourceLinks(
                device.deviceId(), device.owner(), CorrelationId.random(), List.of(), instances);
        return commands.send(unpublish).map(events -> {
            events.stream()
                    .map(event -> event.event())
                    .filter(ResourceLinksUnpublished.class::isInstance)
                    .map(ResourceLinksUnpublished.class::cast)
                    .forEach(removed -> session.stopObserving(removed.hrefs()));
            return OcfResponses.empty(request, ResponseCode.DELETED);
        });
    }
}
