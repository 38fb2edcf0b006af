package dev.ocfcloud.gateway.coap.codec;

import dev.ocfcloud.gateway.coap.message.CoapCode;
import dev.ocfcloud.gateway.coap.message.Token;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns a TCP byte stream into CoAP messages (RFC 8323 §3.2), however the stream is chunked: feed it
 * each {@link Buffer} as it arrives ({@code socket.handler(decoder)}); it hands one {@link
 * DecodeResult} per frame to its output, several per chunk if they are there.
 *
 * <p>A state machine over the frame header: Len/TKL byte, extended length, code, token, then the body
 * (options, marker, payload). The frame's whole size is checked against the Max-Message-Size in force
 * as soon as the header is read, before a body byte is kept, so the only array it allocates is
 * bounded by that size. Each step consumes at least one byte. After a {@link Malformed} it is failed
 * for good and ignores further input: a byte stream cannot be resynchronised.
 *
 * <p>Not thread-safe: use it from the connection's event loop only.
 */
public final class CoapDecoder implements Handler<Buffer> {
    private enum State {
        LENGTH_AND_TKL,
        EXTENDED_LENGTH,
        CODE,
        TOKEN,
        BODY,
        FAILED
    }

    private static final byte[] NO_BODY = new byte[0];

    private final Consumer<DecodeResult> output;
    private int maxMessageSize;
    private State state = State.LENGTH_AND_TKL;
    private int lengthNibble;
    private int tokenLength;
    private int extensionBytes;
    private int extensionRead;
    private long extension;
    private int code;
    private int tokenRead;
    private long tokenBits;
    private Token token = Token.EMPTY;
    private byte[] body = NO_BODY;
    private int bodyRead;

    public CoapDecoder(int maxMessageSize, Consumer<DecodeResult> output) {
        this.output = Objects.requireNonNull(output, "output");
        maxMessageSize(maxMessageSize);
    }

    /** The largest frame accepted, header included; applies from the next frame header on (RFC 8323 §5.3.1). */
    public void maxMessageSize(int bytes) {
        if (bytes < 2) {
            throw new IllegalArgumentException("no frame fits in " + bytes + " bytes");
        }
        this.maxMessageSize = bytes;
    }

    public int maxMessageSize() {
        return maxMessageSize;
    }

    /** Whether a malformed frame has ended decoding for good. */
    public boolean isFailed() {
        return state == State.FAILED;
    }

    /** Bytes held for the frame in progress (its body array); never above the Max-Message-Size. */
    public int bufferedBytes() {
        return body.length;
    }

    @Override
    public void handle(Buffer chunk) {
        int position = 0;
        int end = chunk.length();
        while (position < end && state != State.FAILED) {
            position = switch (state) {
                case LENGTH_AND_TKL -> readLengthAndTokenLength(chunk.getUnsignedByte(position), position);
                case EXTENDED_LENGTH -> readExtendedLength(chunk.getUnsignedByte(position), position);
                case CODE -> readCode(chunk.getUnsignedByte(position), position);
                case TOKEN -> readToken(chunk.getUnsignedByte(position), position);
                case BODY -> readBody(chunk, position, end);
                case FAILED -> end;
            };
        }
    }

    private int readLengthAndTokenLength(int firstByte, int position) {
        lengthNibble = firstByte >>> 4;
        tokenLength = firstByte & 0x0F;
        if (tokenLength > Token.MAX_LENGTH) {
            fail(Malformed.beforeToken(MalformedReason.TOKEN_LENGTH_RESERVED, "TKL " + tokenLength));
            return position + 1;
        }
        extensionBytes = ExtendedLength.extensionBytes(lengthNibble);
        extensionRead = 0;
        extension = 0;
        state = extensionBytes == 0 ? State.CODE : State.EXTENDED_LENGTH;
        return position + 1;
    }

    private int readExtendedLength(int value, int position) {
        extension = extension << 8 | value;
        if (++extensionRead == extensionBytes) {
            state = State.CODE;
        }
        return position + 1;
    }

    private int readCode(int value, int position) {
        code = value;
        tokenRead = 0;
        tokenBits = 0;
        if (tokenLength == 0) {
            headerRead();
        } else {
            state = State.TOKEN;
        }
        return position + 1;
    }

    private int readToken(int value, int position) {
        tokenBits = tokenBits << 8 | value;
        if (++tokenRead == tokenLength) {
            headerRead();
        }
        return position + 1;
    }

    /** RFC 8323 §3.2: Len counts options, marker and payload; the token and header come on top. */
    private void headerRead() {
        token = Token.ofPacked(tokenBits, tokenLength);
        long length = lengthNibble < 13 ? lengthNibble : extension + ExtendedLength.offset(lengthNibble);
        long frameSize = 2L + extensionBytes + tokenLength + length;
        if (frameSize > maxMessageSize) {
            String detail = "frame of " + frameSize + " bytes, limit " + maxMessageSize;
            fail(Malformed.of(MalformedReason.FRAME_TOO_LARGE, detail, CoapCode.of(code), token));
        } else if (code == 0 && frameSize > 2) {
            String detail = "TKL " + tokenLength + ", length " + length;
            fail(Malformed.of(MalformedReason.EMPTY_MESSAGE_NOT_EMPTY, detail, CoapCode.EMPTY, token));
        } else if (length == 0) {
            frameRead(NO_BODY);
        } else {
            body = new byte[(int) length];
            bodyRead = 0;
            state = State.BODY;
        }
    }

    private int readBody(Buffer chunk, int position, int end) {
        int count = Math.min(end - position, body.length - bodyRead);
        chunk.getBytes(position, position + count, body, bodyRead);
        bodyRead += count;
        if (bodyRead == body.length) {
            byte[] complete = body;
            body = NO_BODY;
            frameRead(complete);
        }
        return position + count;
    }

    private void frameRead(byte[] frameBody) {
        state = State.LENGTH_AND_TKL;
        DecodeResult result = FrameBody.parse(CoapCode.of(code), token, frameBody);
        if (result instanceof Malformed malformed) {
            fail(malformed);
        } else {
            output.accept(result);
        }
    }

    private void fail(Malformed malformed) {
        state = State.FAILED;
        body = NO_BODY;
        output.accept(malformed);
    }
}
