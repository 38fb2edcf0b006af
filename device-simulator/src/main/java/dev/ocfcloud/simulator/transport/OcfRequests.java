package dev.ocfcloud.simulator.transport;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.Method;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.OptionsBuilder;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Token;

/**
 * Requests as iotivity-lite frames them (PROTOCOL.md §1.0, {@code prepare_coap_request}): Accept 10000
 * and OCF-Accept-Content-Format-Version 2048 on every request; with a payload also Content-Format
 * 10000 and OCF-Content-Format-Version 2048. The query is split into one Uri-Query per {@code &}. The
 * token is left empty: {@link CloudConnection#exchange} gives each request a fresh one.
 */
public final class OcfRequests {
    /** OCF Core §12.2.5: content format version 2048 = OCF 1.0 and later. */
    public static final int OCF_VERSION = 2048;

    private OcfRequests() {}

    public static CoapRequest get(String pathAndQuery) {
        return request(Method.GET, pathAndQuery, null);
    }

    public static CoapRequest delete(String pathAndQuery) {
        return request(Method.DELETE, pathAndQuery, null);
    }

    public static CoapRequest post(String pathAndQuery, byte[] cbor) {
        return request(Method.POST, pathAndQuery, cbor);
    }

    private static CoapRequest request(Method method, String pathAndQuery, byte[] cbor) {
        CoapRequest bare = CoapRequest.of(method, Token.EMPTY, pathAndQuery);
        OptionsBuilder options = bare.options().toBuilder()
                .addUint(OptionNumber.ACCEPT, ContentFormat.OCF_CBOR.value())
                .addUint(OptionNumber.OCF_ACCEPT_CONTENT_FORMAT_VERSION, OCF_VERSION);
        if (cbor == null) {
            return bare.withOptions(options.build());
        }
        Options withPayload = options.addUint(OptionNumber.CONTENT_FORMAT, ContentFormat.OCF_CBOR.value())
                .addUint(OptionNumber.OCF_CONTENT_FORMAT_VERSION, OCF_VERSION)
                .build();
        return bare.withOptions(withPayload).withPayload(Payload.copyOf(cbor));
    }
}
