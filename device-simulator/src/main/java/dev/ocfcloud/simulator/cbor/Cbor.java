package dev.ocfcloud.simulator.cbor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.ocfcloud.gateway.coap.message.Payload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CBOR the way iotivity-lite writes it (tinycbor): maps and arrays of indefinite length ({@code 0xbf …
 * 0xff}, {@code 0x9f … 0xff}) and integers in their shortest form, as seen in every frame of
 * {@code plain-fake.log}. Values are plain Java: {@link Map} (string keys, insertion order), {@link
 * List}, {@link String}, {@link Boolean}, {@link Long}, {@link Double}, {@code byte[]} and null.
 * Stateless and thread-safe.
 */
public final class Cbor {
    private static final CBORFactory FACTORY = new CBORFactory();
    private static final CBORMapper MAPPER = new CBORMapper(FACTORY);

    private Cbor() {}

    /** Loads and links the CBOR classes, so the first device does not pay for it on an event loop. */
    public static void warmUp() {
        decode(encode(Map.of("warm", List.of(1L, 2.5, true, "up"))));
    }

    public static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (CBORGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(CBORGenerator generator, Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case Map<?, ?> map -> writeMap(generator, map);
            case List<?> list -> writeList(generator, list);
            case String text -> generator.writeString(text);
            case Boolean flag -> generator.writeBoolean(flag);
            case Double number -> generator.writeNumber(number);
            case Float number -> generator.writeNumber(number);
            case Number number -> generator.writeNumber(number.longValue());
            case byte[] bytes -> generator.writeBinary(bytes);
            default -> throw new IllegalArgumentException("no CBOR form for " + value.getClass());
        }
    }

    private static void writeMap(CBORGenerator generator, Map<?, ?> map) throws IOException {
        generator.writeStartObject(); // no size: indefinite length, as tinycbor
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            generator.writeFieldName(String.valueOf(entry.getKey()));
            write(generator, entry.getValue());
        }
        generator.writeEndObject();
    }

    private static void writeList(CBORGenerator generator, List<?> list) throws IOException {
        generator.writeStartArray();
        for (Object item : list) {
            write(generator, item);
        }
        generator.writeEndArray();
    }

    /** One CBOR data item filling all of {@code bytes}. */
    public static Object decode(byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null) {
                throw new MalformedCborException("no CBOR data item");
            }
            if (parser.nextToken() != null) {
                throw new MalformedCborException("bytes after the CBOR data item");
            }
            return toJava(node);
        } catch (IOException e) {
            throw new MalformedCborException(e.getMessage());
        }
    }

    /** The payload as a CBOR map; an empty payload is an empty map. */
    public static Map<String, Object> decodeMap(Payload payload) {
        if (payload.isEmpty()) {
            return new LinkedHashMap<>();
        }
        if (!(decode(payload.bytes()) instanceof Map<?, ?> map)) {
            throw new MalformedCborException("not a CBOR map");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        return typed;
    }

    private static Object toJava(JsonNode node) throws IOException {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(toJava(item));
            }
            return list;
        }
        return scalar(node);
    }

    private static Object scalar(JsonNode node) throws IOException {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBinary()) {
            return node.binaryValue();
        }
        return null;
    }
}
