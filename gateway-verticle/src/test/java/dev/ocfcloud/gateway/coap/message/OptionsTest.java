package dev.ocfcloud.gateway.coap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsTest {

    @Test
    void keepsOptionNumberOrderAndTheOrderOfRepeatedOptions() {
        Options options = Options.builder()
                .addUint(OptionNumber.ACCEPT, 10000)
                .addString(OptionNumber.URI_PATH, "oic")
                .addString(OptionNumber.URI_QUERY, "rt=x")
                .addString(OptionNumber.URI_PATH, "rd")
                .build();

        assertThat(options.numberAt(0)).isEqualTo(OptionNumber.URI_PATH);
        assertThat(options.numberAt(3)).isEqualTo(OptionNumber.ACCEPT);
        assertThat(options.uriPath()).containsExactly("oic", "rd");
        assertThat(options.uriQuery()).containsExactly("rt=x");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, ''", "1, 01", "255, ff", "256, 0100", "10000, 2710", "65536, 010000", "4294967295, ffffffff"})
    void uintValuesTakeTheirShortestForm(long value, String hex) {
        // RFC 7252 §3.2: no leading zero bytes, so 0 is the empty value.
        assertThat(HexFormat.of().formatHex(OptionUint.encode(value))).isEqualTo(hex);
    }

    @Test
    void uintWithLeadingZerosStillReadsAsItsValue() {
        Options options = Options.builder()
                .add(OptionNumber.CONTENT_FORMAT, new byte[] {0, 60})
                .build();

        assertThat(options.contentFormat()).contains(ContentFormat.APPLICATION_CBOR);
    }

    @Test
    void uintLongerThanTheOptionsRangeCountsAsAbsent() {
        // RFC 7252 §5.4.3: Content-Format is 0-2 bytes; three bytes is as if the option were not there.
        Options options = Options.builder()
                .add(OptionNumber.CONTENT_FORMAT, new byte[] {1, 0, 0})
                .build();

        assertThat(options.contentFormat()).isEmpty();
    }

    @Test
    void typedAccessorsReadTheirOptions() {
        Options options = Options.builder()
                .addString(OptionNumber.URI_HOST, "cloud")
                .addUint(OptionNumber.OBSERVE, 1)
                .addUint(OptionNumber.URI_PORT, 5683)
                .addEmpty(OptionNumber.IF_NONE_MATCH)
                .add(OptionNumber.ETAG, new byte[] {1, 2})
                .addUint(OptionNumber.MAX_AGE, 60)
                .addUint(OptionNumber.BLOCK2, 0x1E)
                .addUint(OptionNumber.SIZE2, 70000)
                .addUint(OptionNumber.OCF_ACCEPT_CONTENT_FORMAT_VERSION, 2048)
                .addString(OptionNumber.LOCATION_PATH, "x")
                .build();

        assertThat(options.uriHost()).contains("cloud");
        assertThat(options.observe()).isEqualTo(OptionalInt.of(1));
        assertThat(options.uriPort()).isEqualTo(OptionalInt.of(5683));
        assertThat(options.ifNoneMatch()).isTrue();
        assertThat(options.etags()).singleElement().isEqualTo(new byte[] {1, 2});
        assertThat(options.maxAge()).isEqualTo(OptionalLong.of(60));
        assertThat(options.block2()).contains(new BlockOption(1, true, 6));
        assertThat(options.block1()).isEmpty();
        assertThat(options.size2()).isEqualTo(OptionalLong.of(70000));
        assertThat(options.ocfAcceptContentFormatVersion()).isEqualTo(OptionalInt.of(2048));
        assertThat(options.locationPath()).containsExactly("x");
        assertThat(options.proxyUri()).isEmpty();
    }

    @Test
    void builtOptionsDoNotSeeLaterChangesToTheCallersArray() {
        byte[] value = {1, 2, 3};
        Options options = Options.builder().add(OptionNumber.ETAG, value).build();

        value[0] = 9;
        options.valueAt(0)[1] = 9;

        assertThat(options.valueAt(0)).containsExactly(1, 2, 3);
    }

    @Test
    void replacingAndWithoutLeaveOtherOptionsAlone() {
        Options options = Options.builder()
                .addUint(OptionNumber.CONTENT_FORMAT, 60)
                .addString(OptionNumber.URI_PATH, "a")
                .build();

        Options changed = options.replacing(OptionNumber.CONTENT_FORMAT, OptionUint.encode(10000));

        assertThat(changed.contentFormat()).contains(ContentFormat.OCF_CBOR);
        assertThat(changed.uriPath()).containsExactly("a");
        assertThat(changed.without(OptionNumber.URI_PATH).size()).isEqualTo(1);
        assertThat(options.contentFormat()).contains(ContentFormat.APPLICATION_CBOR);
    }

    @Test
    void equalOptionsAreEqualHoweverTheyWereStored() {
        byte[] body = {0x00, 'o', 'i', 'c'};
        Options sliced = Options.slicesOf(body).add(OptionNumber.URI_PATH, 1, 3).build();
        Options built =
                Options.builder().addString(OptionNumber.URI_PATH, "oic").build();

        assertThat(sliced).isEqualTo(built).hasSameHashCodeAs(built);
    }

    @Test
    void refusesOptionNumbersOutsideSixteenBits() {
        assertThatThrownBy(() -> Options.builder().addEmpty(65536)).isInstanceOf(IllegalArgumentException.class);
    }
}
