package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.model.resource.Bytes;
import dev.ocfcloud.model.resource.ResourceContent;

/** The representation a CoAP message carries, as the cloud stores it. */
public final class Contents {
    private Contents() {}

    /** The payload with its Content-Format; OCF CBOR when the device left the format out. */
    public static ResourceContent of(CoapMessage message) {
        if (message.payload().isEmpty()) {
            return ResourceContent.EMPTY;
        }
        int format =
                message.options().contentFormat().orElse(ContentFormat.OCF_CBOR).value();
        return ResourceContent.of(format, Bytes.wrap(message.payload().bytes()));
    }
}
