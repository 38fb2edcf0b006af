package dev.ocfcloud.benchmarks.coap;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.DecodeResult;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import io.vertx.core.buffer.Buffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.eclipse.californium.core.coap.Message;
import org.eclipse.californium.core.coap.option.IntegerOptionDefinition;
import org.eclipse.californium.core.coap.option.MapBasedOptionRegistry;
import org.eclipse.californium.core.coap.option.StandardOptionRegistry;
import org.eclipse.californium.core.network.serialization.TcpDataParser;
import org.eclipse.californium.core.network.serialization.TcpDataSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode one frame and encode the decoded message again, with our codec and with Californium's
 * {@code TcpDataParser}/{@code TcpDataSerializer}, on the same bytes. Results: docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CoapCodecBenchmark {

    /** Our codec: one long-lived decoder, as a connection has, fed one whole frame per operation. */
    @State(Scope.Thread)
    public static class Ours {
        @Param({"signUp", "rdPublish", "content", "ping", "smallGet"})
        String frame;

        Buffer input;
        DecodeResult last;
        CoapDecoder decoder;

        @Setup
        public void setUp() {
            byte[] bytes = BenchmarkFrames.named(frame);
            input = Buffer.buffer(bytes);
            decoder = new CoapDecoder(1 << 20, result -> last = result);
            if (!Arrays.equals(roundTrip().getBytes(), bytes)) {
                throw new IllegalStateException("our codec does not reproduce " + frame);
            }
        }

        Buffer roundTrip() {
            decoder.handle(input);
            return CoapEncoder.encode(((Decoded) last).message());
        }
    }

    /** Californium 3.14, with the two OCF options registered, as an OCF cloud built on it would have them. */
    @State(Scope.Thread)
    public static class Californium {
        // No "ping": Californium's TcpDataParser rejects signal codes (7.xx) as illegal.
        @Param({"signUp", "rdPublish", "content", "smallGet"})
        String frame;

        byte[] input;
        TcpDataParser parser;
        TcpDataSerializer serializer;

        @Setup
        public void setUp() {
            input = BenchmarkFrames.named(frame);
            parser = new TcpDataParser(new MapBasedOptionRegistry(
                    StandardOptionRegistry.getDefaultOptionRegistry(),
                    new IntegerOptionDefinition(2049, "OCF-Accept-Content-Format-Version", true, 0, 2),
                    new IntegerOptionDefinition(2053, "OCF-Content-Format-Version", true, 0, 2)));
            serializer = new TcpDataSerializer();
            if (!Arrays.equals(roundTrip(), input)) {
                throw new IllegalStateException("Californium does not reproduce " + frame);
            }
        }

        byte[] roundTrip() {
            Message message = parser.parseMessage(input);
            return serializer.getByteArray(message);
        }
    }

    @Benchmark
    public Buffer ours(Ours state) {
        return state.roundTrip();
    }

    @Benchmark
    public byte[] californium(Californium state) {
        return state.roundTrip();
    }
}
