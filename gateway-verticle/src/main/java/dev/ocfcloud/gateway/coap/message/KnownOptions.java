package dev.ocfcloud.gateway.coap.message;

import static dev.ocfcloud.gateway.coap.message.OptionNumber.*;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Typed access by name to the request/response options we know, on top of the generic accessors.
 * Lengths follow the option table of RFC 7252 §5.10 (and RFC 7641 §2, RFC 7959 §2.1/§4); a uint
 * option whose value is longer than its range counts as absent (RFC 7252 §5.4.3).
 */
public sealed interface KnownOptions permits Options {
    boolean has(int number);

    Optional<byte[]> opaque(int number);

    List<byte[]> opaques(int number);

    Optional<String> string(int number);

    List<String> strings(int number);

    /** The first option of this number read as a uint of at most {@code maxLength} bytes. */
    OptionalLong uint(int number, int maxLength);

    default List<byte[]> ifMatch() {
        return opaques(IF_MATCH);
    }

    default Optional<String> uriHost() {
        return string(URI_HOST);
    }

    default List<byte[]> etags() {
        return opaques(ETAG);
    }

    default boolean ifNoneMatch() {
        return has(IF_NONE_MATCH);
    }

    default OptionalInt observe() {
        return asInt(uint(OBSERVE, 3));
    }

    default OptionalInt uriPort() {
        return asInt(uint(URI_PORT, 2));
    }

    default List<String> locationPath() {
        return strings(LOCATION_PATH);
    }

    default List<String> uriPath() {
        return strings(URI_PATH);
    }

    default Optional<ContentFormat> contentFormat() {
        return contentFormatOf(uint(CONTENT_FORMAT, 2));
    }

    default OptionalLong maxAge() {
        return uint(MAX_AGE, 4);
    }

    default List<String> uriQuery() {
        return strings(URI_QUERY);
    }

    default Optional<ContentFormat> accept() {
        return contentFormatOf(uint(ACCEPT, 2));
    }

    default List<String> locationQuery() {
        return strings(LOCATION_QUERY);
    }

    default Optional<BlockOption> block2() {
        return blockOf(uint(BLOCK2, 3));
    }

    default Optional<BlockOption> block1() {
        return blockOf(uint(BLOCK1, 3));
    }

    default OptionalLong size2() {
        return uint(SIZE2, 4);
    }

    default Optional<String> proxyUri() {
        return string(PROXY_URI);
    }

    default Optional<String> proxyScheme() {
        return string(PROXY_SCHEME);
    }

    default OptionalLong size1() {
        return uint(SIZE1, 4);
    }

    /** OCF Core §12.2.5: the version of the content format the sender accepts (2048 = OCF 1.0+). */
    default OptionalInt ocfAcceptContentFormatVersion() {
        return asInt(uint(OCF_ACCEPT_CONTENT_FORMAT_VERSION, 2));
    }

    /** OCF Core §12.2.5: the version of the content format of the payload (2048 = OCF 1.0+). */
    default OptionalInt ocfContentFormatVersion() {
        return asInt(uint(OCF_CONTENT_FORMAT_VERSION, 2));
    }

    private static OptionalInt asInt(OptionalLong value) {
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    private static Optional<ContentFormat> contentFormatOf(OptionalLong value) {
        return value.isPresent() ? Optional.of(new ContentFormat((int) value.getAsLong())) : Optional.empty();
    }

    private static Optional<BlockOption> blockOf(OptionalLong value) {
        return value.isPresent() ? Optional.of(BlockOption.fromUint(value.getAsLong())) : Optional.empty();
    }
}
