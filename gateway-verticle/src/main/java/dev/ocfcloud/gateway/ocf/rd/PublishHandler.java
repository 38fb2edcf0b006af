package dev.ocfcloud.gateway.ocf.rd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.ocf.BadRequest;
import dev.ocfcloud.gateway.ocf.CborPayloads;
import dev.ocfcloud.gateway.ocf.Commands;
import dev.ocfcloud.gateway.ocf.OcfEndpoint;
import dev.ocfcloud.gateway.ocf.OcfResponses;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.command.PublishResourceLinks;
import dev.ocfcloud.model.resource.ResourceLink;
import io.vertx.core.Future;
import java.util.List;

/**
 * {@code POST /oic/rd?rt=oic.wk.rdpub}: the signed-in device publishes links to its resources.
 * Answered exactly 2.04 echoing {@code di, n, ttl} and the links with their {@code ins} (what
 * iotivity-lite needs to mark them published, PROTOCOL.md §6.2); then the cloud observes them.
 */
public final class PublishHandler implements OcfEndpoint {
    private final Commands commands;

    public PublishHandler(Commands commands) {
        this.commands = commands;
    }

    @Override
    public Future<CoapResponse> handle(CoapRequest request, Session session) {
        Session.SignedIn device = RdChecks.signedInDevice(session, request);
        ObjectNode body = CborPayloads.map(request);
        RdChecks.sameDevice(device, CborPayloads.text(body, "di"));
        String name = CborPayloads.optionalText(body, "n").orElse("");
        long ttl = ttl(body);
        List<ResourceLink> links = LinkPayloads.read(body.get("links"));
        PublishResourceLinks publish =
                new PublishResourceLinks(device.deviceId(), device.owner(), CorrelationId.random(), name, ttl, links);
        return commands.send(publish).map(events -> {
            session.observe(links);
            ObjectNode answer = CborPayloads.newMap();
            answer.put("di", device.deviceId().value());
            answer.put("n", name);
            answer.put("ttl", ttl);
            answer.set("links", LinkPayloads.write(links));
            return OcfResponses.cbor(request, ResponseCode.CHANGED, answer);
        });
    }

    /** {@code ttl} (or the legacy {@code lt}) in seconds; 0, the default, means no expiry. */
    private static long ttl(ObjectNode body) {
        JsonNode ttl = body.has("ttl") ? body.get("ttl") : body.get("lt");
        if (ttl == null || ttl.isNull()) {
            return 0;
        }
        if (!ttl.canConvertToLong() || ttl.asLong() < 0) {
            throw BadRequest.because("'ttl' must be a non-negative integer");
        }
        return ttl.asLong();
    }
}
