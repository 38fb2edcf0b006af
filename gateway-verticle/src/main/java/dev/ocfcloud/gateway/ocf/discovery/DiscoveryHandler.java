package dev.ocfcloud.gateway.ocf.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.ocf.BadRequest;
import dev.ocfcloud.gateway.ocf.CborPayloads;
import dev.ocfcloud.gateway.ocf.OcfEndpoint;
import dev.ocfcloud.gateway.ocf.OcfResponses;
import dev.ocfcloud.gateway.ocf.Session;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.bus.DirectoryClient;
import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;
import dev.ocfcloud.model.query.ListResourceLinks;
import dev.ocfcloud.model.query.PublishedLink;
import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /oic/res[?di=…][&rt=…]}: cloud discovery for device clients (e.g. iotivity-lite's
 * {@code cloud_client}): the links of every device of the signed-in owner, from the resource
 * directory — never from the devices. Answered as a flat CBOR array of links, each with
 * {@code anchor: ocf://<di>} (what iotivity-lite reads; an array of {@code {di, links}} objects
 * would make it read the first device only) and an href routed through the cloud:
 * {@code /api/v1/devices/<di><href>}, as plgd does.
 */
public final class DiscoveryHandler implements OcfEndpoint {
    public static final String ROUTED_PREFIX = "/api/v1/devices/";

    private final DirectoryClient directory;

    public DiscoveryHandler(DirectoryClient directory) {
        this.directory = directory;
    }

    @Override
    public Future<CoapResponse> handle(CoapRequest request, Session session) {
        Session.SignedIn client = session.signedIn()
                .orElseThrow(() -> new CloudException(CloudError.of(ErrorCode.AUTH_TOKEN_INVALID, "sign in first")));
        Set<DeviceId> devices = new LinkedHashSet<>();
        for (String di : request.queryParameters().getOrDefault("di", List.of())) {
            devices.add(DeviceId.parse(di).orElseThrow(() -> BadRequest.because("'di' is not a UUID")));
        }
        Set<String> types = Set.copyOf(request.queryParameters().getOrDefault("rt", List.of()));
        return directory
                .links(new ListResourceLinks(client.owner(), devices, types, Set.of()))
                .map(found -> OcfResponses.cbor(request, ResponseCode.CONTENT, write(found.links())));
    }

    private static ArrayNode write(List<PublishedLink> links) {
        ArrayNode array = CborPayloads.mapper().createArrayNode();
        for (PublishedLink published : links) {
            ObjectNode link = array.addObject();
            link.put("anchor", "ocf://" + published.deviceId().value());
            link.put(
                    "href",
                    ROUTED_PREFIX
                            + published.deviceId().value()
                            + published.link().href().value());
            ArrayNode types = link.putArray("rt");
            published.link().resourceTypes().forEach(types::add);
            ArrayNode interfaces = link.putArray("if");
            published.link().interfaces().forEach(interfaces::add);
            link.putObject("p").put("bm", published.link().policyBitmask());
            link.putArray("eps");
        }
        return array;
    }
}
