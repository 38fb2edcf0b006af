package dev.ocfcloud.simulator.serve;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.cbor.MalformedCborException;
import dev.ocfcloud.simulator.resource.OcfInterface;
import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.resource.ResourceSet;
import dev.ocfcloud.simulator.resource.UpdateOutcome;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Answers the cloud's requests the way iotivity-lite's {@code oc_ri} does (PROTOCOL.md §2):
 * Block1/Block2 → 5.00 (no block-wise over TCP); unknown href → 4.04; an interface the resource lacks,
 * or one that does not allow the method → 4.03; no handler for the method → 4.05; a Content-Format
 * other than none, 60 or 10000, or bad CBOR → 4.00. GET with Observe 0 registers an observation on an
 * observable resource, Observe 1 cancels it; POST updates writable properties and answers 2.04 with no
 * payload, as the captured device does.
 *
 * <p>Confined to the device's event loop; one per connection.
 */
public final class RequestDispatcher {
    private static final int OBSERVE_REGISTER = 0;
    private static final int OBSERVE_DEREGISTER = 1;

    private final ResourceSet resources;
    private final Discovery discovery;
    private final Observers observers;

    public RequestDispatcher(String di, ResourceSet resources, Observers observers) {
        this.resources = resources;
        this.discovery = new Discovery(di, resources);
        this.observers = observers;
    }

    public CoapResponse handle(CoapRequest request) {
        if (request.options().has(OptionNumber.BLOCK1) || request.options().has(OptionNumber.BLOCK2)) {
            return CoapResponse.of(request, ResponseCode.INTERNAL_SERVER_ERROR);
        }
        if (request.path().equals(Discovery.HREF)) {
            return discovery.handle(request);
        }
        Optional<Resource> resource = resources.get(request.path());
        return resource.isEmpty() ? CoapResponse.of(request, ResponseCode.NOT_FOUND) : handle(request, resource.get());
    }

    private CoapResponse handle(CoapRequest request, Resource resource) {
        String iface = request.queryParameter("if").orElse(resource.defaultInterface());
        if (!resource.interfaces().contains(iface) || !OcfInterface.allows(iface, request.method())) {
            return CoapResponse.of(request, ResponseCode.FORBIDDEN);
        }
        return switch (request.method()) {
            case GET -> get(request, resource, iface);
            case POST -> resource.acceptsUpdates() ? post(request, resource) : methodNotAllowed(request);
            case PUT, DELETE -> methodNotAllowed(request);
        };
    }

    private CoapResponse get(CoapRequest request, Resource resource, String iface) {
        OptionalInt observe = request.options().observe();
        OptionalInt sequence = OptionalInt.empty();
        if (observe.isPresent() && observe.getAsInt() == OBSERVE_REGISTER && resource.observable()) {
            sequence = OptionalInt.of(observers.register(request.token(), resource, iface));
        } else if (observe.isPresent() && observe.getAsInt() == OBSERVE_DEREGISTER) {
            observers.cancel(request.token());
        }
        return Representations.content(request.token(), Representations.of(resource, iface), sequence);
    }

    private CoapResponse post(CoapRequest request, Resource resource) {
        Optional<ContentFormat> format = request.options().contentFormat();
        if (format.isPresent() && !isCbor(format.get())) {
            return CoapResponse.of(request, ResponseCode.BAD_REQUEST);
        }
        Map<String, Object> changes;
        try {
            changes = Cbor.decodeMap(request.payload());
        } catch (MalformedCborException e) {
            return CoapResponse.of(request, ResponseCode.BAD_REQUEST);
        }
        UpdateOutcome outcome = resource.update(changes);
        return CoapResponse.of(
                request, outcome == UpdateOutcome.REJECTED ? ResponseCode.BAD_REQUEST : ResponseCode.CHANGED);
    }

    private static boolean isCbor(ContentFormat format) {
        return format.equals(ContentFormat.OCF_CBOR) || format.equals(ContentFormat.APPLICATION_CBOR);
    }

    private static CoapResponse methodNotAllowed(CoapRequest request) {
        return CoapResponse.of(request, ResponseCode.METHOD_NOT_ALLOWED);
    }
}
