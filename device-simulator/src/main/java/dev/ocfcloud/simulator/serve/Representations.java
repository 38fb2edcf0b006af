package dev.ocfcloud.simulator.serve;

import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.OptionsBuilder;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.ResponseCode;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.resource.OcfInterface;
import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.transport.OcfRequests;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/** A resource's representation per interface, and the 2.05 responses that carry one. */
final class Representations {
    private Representations() {}

    /** {@code oic.if.baseline} adds the common properties {@code rt} and {@code if}; others give the properties. */
    static Map<String, Object> of(Resource resource, String iface) {
        if (!iface.equals(OcfInterface.BASELINE)) {
            return resource.properties();
        }
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("rt", resource.types());
        baseline.put("if", resource.interfaces());
        baseline.putAll(resource.properties());
        return baseline;
    }

    /**
     * 2.05 with CF 10000 and OCF-Content-Format-Version 2048, as iotivity-lite answers a GET (PROTOCOL.md
     * §2: always CF 10000), and the Observe option for an observation.
     */
    static CoapResponse content(Token token, Object body, OptionalInt observe) {
        OptionsBuilder options = Options.builder();
        observe.ifPresent(sequence -> options.addUint(OptionNumber.OBSERVE, sequence));
        options.addUint(OptionNumber.CONTENT_FORMAT, ContentFormat.OCF_CBOR.value())
                .addUint(OptionNumber.OCF_CONTENT_FORMAT_VERSION, OcfRequests.OCF_VERSION);
        return new CoapResponse(ResponseCode.CONTENT, token, options.build(), Payload.copyOf(Cbor.encode(body)));
    }
}
