package dev.ocfcloud.gateway.ocf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.ResponseCode;

/** Answers as devices expect them: CBOR bodies always with Content-Format 10000 (PROTOCOL.md §6.1). */
public final class OcfResponses {
    /** OCF-Content-Format-Version 2.0.0 (0x0800), as iotivity-lite sends and expects. */
    static final long OCF_VERSION_2_0 = 2048;

    private OcfResponses() {}

    public static CoapResponse cbor(CoapRequest request, ResponseCode code, JsonNode body) {
        return CoapResponse.of(request, code)
                .withContentFormat(ContentFormat.OCF_CBOR)
                .withUintOption(OptionNumber.OCF_CONTENT_FORMAT_VERSION, OCF_VERSION_2_0)
                .withPayload(CborPayloads.bytes(body));
    }

    public static CoapResponse empty(CoapRequest request, ResponseCode code) {
        return CoapResponse.of(request, code);
    }
}
