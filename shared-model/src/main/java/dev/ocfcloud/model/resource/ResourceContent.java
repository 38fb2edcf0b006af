package dev.ocfcloud.model.resource;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A resource representation as the device sent it (or as a client wants it sent): the bytes and
 * their CoAP Content-Format.
 */
public record ResourceContent(int contentFormat, Bytes data) {
    public static final ResourceContent EMPTY = new ResourceContent(ContentFormat.NONE, Bytes.EMPTY);

    public ResourceContent {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty() != (contentFormat == ContentFormat.NONE)) {
            throw new IllegalArgumentException("content has a format exactly when it has bytes");
        }
    }

    public static ResourceContent ocfCbor(byte[] data) {
        return data.length == 0 ? EMPTY : new ResourceContent(ContentFormat.OCF_CBOR, Bytes.of(data));
    }

    public static ResourceContent of(int contentFormat, Bytes data) {
        return data.isEmpty() ? EMPTY : new ResourceContent(contentFormat, data);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return data.isEmpty();
    }
}
