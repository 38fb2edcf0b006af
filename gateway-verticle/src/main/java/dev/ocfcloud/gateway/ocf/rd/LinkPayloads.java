package dev.ocfcloud.gateway.ocf.rd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ocfcloud.gateway.ocf.BadRequest;
import dev.ocfcloud.gateway.ocf.CborPayloads;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.resource.ResourceLink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * OCF links ({@code oic.oic-link}) as devices publish them (PROTOCOL.md §1.1: {@code href, rt, if,
 * rel, ins, p.bm}; no anchor or eps) and as the cloud echoes them.
 */
final class LinkPayloads {
    static final long MAX_INS = 0xFFFF_FFFFL;
    static final int MAX_LINKS = 1_000;

    private LinkPayloads() {}

    static List<ResourceLink> read(JsonNode links) {
        if (links == null || !links.isArray()) {
            throw BadRequest.because("'links' must be an array");
        }
        if (links.size() > MAX_LINKS) {
            throw BadRequest.because("at most " + MAX_LINKS + " links per publication");
        }
        List<ResourceLink> read = new ArrayList<>(links.size());
        for (JsonNode link : links) {
            read.add(readLink(link));
        }
        return read;
    }

    private static ResourceLink readLink(JsonNode link) {
        if (!link.isObject()) {
            throw BadRequest.because("a link must be a map");
        }
        ObjectNode map = (ObjectNode) link;
        ResourceHref href = ResourceHref.parse(CborPayloads.text(map, "href"))
                .orElseThrow(() -> BadRequest.because("a link's 'href' is not a plain absolute path"));
        JsonNode policy = map.get("p");
        int bitmask = policy != null && policy.has("bm") && policy.get("bm").canConvertToInt()
                ? policy.get("bm").asInt()
                : 0;
        return new ResourceLink(
                href, texts(map.get("rt"), "rt"), texts(map.get("if"), "if"), bitmask, ins(map.get("ins")));
    }

    /** A list of text, or one text (some devices send a single string). */
    private static List<String> texts(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw BadRequest.because("a link's '" + field + "' must be a text array");
        }
        List<String> texts = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw BadRequest.because("a link's '" + field + "' must be a text array");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** The device's {@code ins}, or one chosen here when it sent none (the cloud may assign it). */
    private static long ins(JsonNode node) {
        if (node == null || node.isNull()) {
            return ThreadLocalRandom.current().nextLong(1, MAX_INS + 1);
        }
        if (!node.canConvertToLong() || node.asLong() < 0 || node.asLong() > MAX_INS) {
            throw BadRequest.because("a link's 'ins' must be a uint32");
        }
        return node.asLong();
    }

    static ArrayNode write(List<ResourceLink> links) {
        ArrayNode array = CborPayloads.mapper().createArrayNode();
        for (ResourceLink link : links) {
            ObjectNode map = array.addObject();
            map.put("href", link.href().value());
            ArrayNode types = map.putArray("rt");
            link.resourceTypes().forEach(types::add);
            ArrayNode interfaces = map.putArray("if");
            link.interfaces().forEach(interfaces::add);
            map.put("rel", "hosts");
            map.put("ins", link.instanceId());
            map.putObject("p").put("bm", link.policyBitmask());
        }
        return array;
    }
}
