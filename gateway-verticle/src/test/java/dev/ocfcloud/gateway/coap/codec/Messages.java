package dev.ocfcloud.gateway.coap.codec;

import dev.ocfcloud.gateway.coap.message.CoapCode;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.EmptyMessage;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.OptionsBuilder;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Token;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of arbitrary messages: every code, token length, option number and size class. */
final class Messages {
    private Messages() {}

    static Arbitrary<CoapMessage> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(EmptyMessage.INSTANCE)),
                Tuple.of(
                        20,
                        Combinators.combine(codes(), tokens(), options(), payloads())
                                .as(CoapMessage::of)));
    }

    /** Every code but 0.00, which belongs to the empty message alone. */
    static Arbitrary<CoapCode> codes() {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.integers().between(1, 4)),
                        Tuple.of(4, Arbitraries.of(0x41, 0x44, 0x45, 0x84, 0xA3)),
                        Tuple.of(3, Arbitraries.integers().between(0xE1, 0xE5)),
                        Tuple.of(2, Arbitraries.integers().between(1, 255)))
                .map(CoapCode::of);
    }

    static Arbitrary<Token> tokens() {
        return Arbitraries.bytes()
                .array(byte[].class)
                .ofMaxSize(Token.MAX_LENGTH)
                .map(Token::of);
    }

    static Arbitrary<Options> options() {
        Arbitrary<Integer> numbers = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 64)),
                Tuple.of(2, Arbitraries.integers().between(0, 3000)),
                Tuple.of(1, Arbitraries.integers().between(0, 65535)),
                Tuple.of(1, Arbitraries.of(12, 13, 268, 269, 270, 65535)));
        Arbitrary<byte[]> values = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.bytes().array(byte[].class).ofMaxSize(14)),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                Tuple.of(
                        1,
                        Arbitraries.bytes().array(byte[].class).ofMinSize(260).ofMaxSize(1100)));
        return Combinators.combine(numbers, values)
                .as(Tuple::of)
                .list()
                .ofMaxSize(10)
                .map(Messages::toOptions);
    }

    private static Options toOptions(List<Tuple.Tuple2<Integer, byte[]>> options) {
        OptionsBuilder builder = Options.builder();
        options.forEach(option -> builder.add(option.get1(), option.get2()));
        return builder.build();
    }

    static Arbitrary<Payload> payloads() {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.just(new byte[0])),
                        Tuple.of(6, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                        Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(70_000)))
                .map(Payload::copyOf);
    }
}
