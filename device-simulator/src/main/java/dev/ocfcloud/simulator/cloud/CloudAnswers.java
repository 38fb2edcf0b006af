package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.CoapResponse;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.cbor.MalformedCborException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the cloud's answers as strictly as iotivity-lite (PROTOCOL.md §6): a payload counts only with
 * Content-Format 60 or 10000; tokens and uid must be non-empty text, {@code expiresin} an integer; a
 * publish answer must list links with a text {@code href} and an integer {@code ins}.
 */
final class CloudAnswers {
    private CloudAnswers() {}

    /** Any code below 4.00 is success to iotivity-lite, except for publish (exactly 2.04). */
    static CoapResponse requireSuccess(String operation, CoapResponse response) {
        if (!response.responseCode().isSuccess()) {
            throw new CloudRejectedException(operation, response.responseCode());
        }
        return response;
    }

    static CloudCredentials signUp(CoapResponse response, long nowMillis) {
        Map<String, Object> body = body("sign-up", response);
        return new CloudCredentials(
                text("sign-up", body, "uid"),
                text("sign-up", body, "accesstoken"),
                text("sign-up", body, "refreshtoken"),
                integer("sign-up", body, "expiresin"),
                nowMillis);
    }

    static long signIn(CoapResponse response) {
        return integer("sign-in", body("sign-in", response), "expiresin");
    }

    static CloudCredentials refresh(CoapResponse response, String uid, long nowMillis) {
        Map<String, Object> body = body("refresh", response);
        return new CloudCredentials(
                uid,
                text("refresh", body, "accesstoken"),
                text("refresh", body, "refreshtoken"),
                integer("refresh", body, "expiresin"),
                nowMillis);
    }

    /** The {@code ins} per href of the links the cloud acknowledged. */
    static Map<String, Long> publishedLinks(CoapResponse response) {
        Map<String, Object> body = body("publish", response);
        if (!(body.get("links") instanceof List<?> links)) {
            throw new BadAnswerException("publish", "no links array");
        }
        Map<String, Long> acknowledged = new LinkedHashMap<>();
        for (Object item : links) {
            if (item instanceof Map<?, ?> link
                    && link.get("href") instanceof String href
                    && link.get("ins") instanceof Long ins) {
                acknowledged.put(href, ins);
            }
        }
        return acknowledged;
    }

    private static Map<String, Object> body(String operation, CoapResponse response) {
        Optional<ContentFormat> format = response.options().contentFormat();
        if (format.isEmpty()
                || !(format.get().equals(ContentFormat.OCF_CBOR)
                        || format.get().equals(ContentFormat.APPLICATION_CBOR))) {
            throw new BadAnswerException(operation, "payload without Content-Format 60/10000 is not read (§6.1)");
        }
        try {
            return Cbor.decodeMap(response.payload());
        } catch (MalformedCborException e) {
            throw new BadAnswerException(operation, "bad CBOR: " + e.getMessage());
        }
    }

    private static String text(String operation, Map<String, Object> body, String key) {
        if (body.get(key) instanceof String value && !value.isEmpty()) {
            return value;
        }
        throw new BadAnswerException(operation, "'" + key + "' missing, empty or not text");
    }

    private static long integer(String operation, Map<String, Object> body, String key) {
        if (body.get(key) instanceof Long value) {
            return value;
        }
        throw new BadAnswerException(operation, "'" + key + "' missing or not an integer");
    }
}
