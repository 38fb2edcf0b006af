package dev.ocfcloud.simulator.serve;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.resource.OcfInterface;
import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.resource.ResourceSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code /oic/res} as iotivity-lite serves it (PROTOCOL.md §1.1 "Discovery response"): a CBOR array of
 * links, each with {@code anchor: "ocf://<di>"}, href, rt, if, {@code p.bm} and empty {@code eps}, for
 * {@code oic.if.ll} (the default) and no query alike. {@code oic.if.baseline} wraps the links in the
 * resource's own representation; {@code oic.if.b} gives each resource's baseline representation.
 * Not observable, as in iotivity-lite's default build ({@code p.bm} 1).
 */
final class Discovery {
    static final String HREF = "/oic/res";
    private static final List<String> TYPES = List.of("oic.wk.res");
    private static final List<String> INTERFACES =
            List.of(OcfInterface.LINK_LIST, OcfInterface.BATCH, OcfInterface.BASELINE);

    private final String anchor;
    private final ResourceSet resources;

    Discovery(String di, ResourceSet resources) {
        this.anchor = "ocf://" + di;
        this.resources = resources;
    }

    CoapResponse handle(CoapRequest request) {
        String iface = request.queryParameter("if").orElse(OcfInterface.LINK_LIST);
        if (!INTERFACES.contains(iface) || !OcfInterface.allows(iface, request.method())) {
            return CoapResponse.of(request, ResponseCode.FORBIDDEN);
        }
        if (request.method() != Method.GET) {
            return CoapResponse.of(request, ResponseCode.METHOD_NOT_ALLOWED);
        }
        Object body = switch (iface) {
            case OcfInterface.BASELINE -> List.of(baseline());
            case OcfInterface.BATCH -> batch();
            default -> links();
        };
        return Representations.content(request.token(), body, OptionalInt.empty());
    }

    private List<Object> links() {
        List<Object> links = new ArrayList<>();
        for (Resource resource : resources.all()) {
            links.add(link(resource.href(), resource.types(), resource.interfaces(), resource.policyBitmask()));
        }
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("rel", List.of("self"));
        self.putAll(link(HREF, TYPES, INTERFACES, 1));
        links.add(self);
        return links;
    }

    private Map<String, Object> link(String href, List<String> types, List<String> interfaces, int bitmask) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("anchor", anchor);
        link.put("href", href);
        link.put("rt", types);
        link.put("if", interfaces);
        link.put("p", Map.of("bm", bitmask));
        link.put("eps", List.of());
        return link;
    }

    private Map<String, Object> baseline() {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("rt", TYPES);
        representation.put("if", INTERFACES);
        representation.put("links", links());
        return representation;
    }

    private List<Object> batch() {
        List<Object> items = new ArrayList<>();
        for (Resource resource : resources.all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("href", anchor + resource.href());
            item.put("rep", Representations.of(resource, OcfInterface.BASELINE));
            items.add(item);
        }
        return items;
    }
}
