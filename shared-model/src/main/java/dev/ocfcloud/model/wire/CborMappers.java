package dev.ocfcloud.model.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import dev.ocfcloud.model.event.DomainEvent;
import dev.ocfcloud.model.event.EventEnvelope;
import dev.ocfcloud.model.query.DirectoryQuery;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The one configured CBOR mapper of the cloud's wire formats: instants as epoch milliseconds,
 * properties in declaration order, unknown properties ignored (tolerant readers), event envelopes
 * through {@link EventCodec}.
 */
public final class CborMappers {
    private static final CBORMapper MAPPER = create();

    private CborMappers() {}

    /** The shared mapper; Jackson mappers are thread-safe once configured. */
    public static CBORMapper mapper() {
        return MAPPER;
    }

    /**
     * Builds the serializers and deserializers of every event and command type now. Jackson
     * otherwise builds each on first use, which on a cold JVM costs up to a few hundred
     * milliseconds: call this off the event loop when a verticle starts.
     */
    public static void warmUp() {
        for (Class<?> root : List.of(DomainEvent.class, Command.class, CommandResult.class, DirectoryQuery.class)) {
            for (Class<?> type : concreteTypes(root)) {
                MAPPER.writerFor(type);
                MAPPER.readerFor(type);
            }
        }
    }

    private static List<Class<?>> concreteTypes(Class<?> root) {
        List<Class<?>> found = new ArrayList<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (type.isSealed()) {
                pending.addAll(List.of(type.getPermittedSubclasses()));
            } else if (!type.isInterface()) {
                found.add(type);
            }
        }
        return found;
    }

    private static CBORMapper create() {
        SimpleModule wireTypes = new SimpleModule("ocf-wire-types");
        wireTypes.addSerializer(Instant.class, new InstantAsEpochMillis());
        wireTypes.addDeserializer(Instant.class, new InstantFromEpochMillis());
        wireTypes.addSerializer(EventEnvelope.class, new EnvelopeAsBytes());
        wireTypes.addDeserializer(EventEnvelope.class, new EnvelopeFromBytes());
        return CBORMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .addModule(wireTypes)
                .build();
    }

    private static final class InstantAsEpochMillis extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeNumber(value.toEpochMilli());
        }
    }

    private static final class InstantFromEpochMillis extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return Instant.ofEpochMilli(in.getLongValue());
        }
    }

    private static final class EnvelopeAsBytes extends JsonSerializer<EventEnvelope> {
        @Override
        public void serialize(EventEnvelope value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeBinary(EventCodec.encode(value));
        }
    }

    private static final class EnvelopeFromBytes extends JsonDeserializer<EventEnvelope> {
        @Override
        public EventEnvelope deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return EventCodec.decode(in.getBinaryValue());
        }
    }
}
