package dev.ocfcloud.gateway.coap.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The test vectors under {@code src/test/resources/vectors}: hex text, {@code #} starts a comment. */
final class HexVectors {
    private HexVectors() {}

    static byte[] bytes(String name) {
        try (InputStream in = HexVectors.class.getResourceAsStream("/vectors/" + name + ".hex")) {
            if (in == null) {
                throw new IllegalArgumentException("no vector " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] parse(String text) {
        String hex = text.lines()
                .map(line -> line.replaceFirst("#.*", ""))
                .map(line -> line.replaceAll("\\s", ""))
                .collect(Collectors.joining());
        return HexFormat.of().parseHex(hex);
    }

    /** The names of every vector file, without the {@code .hex}. */
    static List<String> names() {
        try (Stream<Path> files =
                Files.list(Path.of(HexVectors.class.getResource("/vectors").toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".hex"))
                    .map(name -> name.substring(0, name.length() - ".hex".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
