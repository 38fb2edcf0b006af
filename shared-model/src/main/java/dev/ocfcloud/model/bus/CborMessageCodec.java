package dev.ocfcloud.model.bus;

import dev.ocfcloud.model.wire.CborMappers;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Carries a shared-model record over the event bus: the same instance inside one JVM (records are
 * immutable), CBOR between cluster nodes.
 */
public final class CborMessageCodec<T> implements MessageCodec<T, T> {
    private final Class<T> type;

    public CborMessageCodec(Class<T> type) {
        this.type = type;
    }

    @Override
    public void encodeToWire(Buffer buffer, T value) {
        try {
            byte[] bytes = CborMappers.mapper().writeValueAsBytes(value);
            buffer.appendInt(bytes.length).appendBytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + type.getSimpleName(), e);
        }
    }

    @Override
    public T decodeFromWire(int position, Buffer buffer) {
        int length = buffer.getInt(position);
        try {
            return CborMappers.mapper().readValue(buffer.getBytes(position + 4, position + 4 + length), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode " + type.getSimpleName(), e);
        }
    }

    @Override
    public T transform(T value) {
        return value;
    }

    @Override
    public String name() {
        return "ocf-cbor:" + type.getName();
    }

    @Override
    public byte systemCodecID() {
        return -1;
    }
}
