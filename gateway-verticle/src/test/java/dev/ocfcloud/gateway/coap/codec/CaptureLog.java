package dev.ocfcloud.gateway.coap.codec;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expectations out of a capture's text: {@code plain-fake.log} (one {@code RECV}/{@code SENT
 * ... bytes: <hex>} line per frame) or {@code plain-passive.decoded.txt} ({@code frame at offset ...}),
 * each followed by the capture tool's decoded view of that frame.
 */
final class CaptureLog {
    /** What the log says about one frame. */
    record Frame(
            String direction,
            String hex,
            int codeClass,
            int codeDetail,
            String token,
            int lengthNibble,
            int extensionBytes,
            int length,
            int tokenLength,
            List<Option> options,
            int payloadLength) {
        byte[] bytes() {
            return HexFormat.of().parseHex(hex);
        }
    }

    /** One {@code option N Name = value} line; {@code value} is the text or the decimal number. */
    record Option(int number, String name, String value) {}

    private static final Pattern FRAME =
            Pattern.compile("(RECV|SENT|frame at offset \\d+,).* (\\d+) bytes: ([0-9a-f]+)$");
    private static final Pattern HEADER = Pattern.compile("^(\\S+)\\s.*?token=([0-9a-f]*)\\s+\\(Len nibble=(\\d+), "
            + "ext-len bytes=(\\d+), options\\+payload length=(\\d+), TKL=(\\d+)\\)$");
    private static final Pattern CODE = Pattern.compile("(\\d)\\.(\\d\\d)");
    private static final Pattern OPTION =
            Pattern.compile("^\\s+option (\\d+) (\\S+) = (?:'(.*)'|(\\d+) \\(0x[0-9a-f]+\\))$");
    private static final Pattern PAYLOAD = Pattern.compile("^\\s+payload (\\d+) bytes");

    private CaptureLog() {}

    /** The frames in order, with {@code direction} RECV (device to cloud) or SENT. */
    static List<Frame> parse(String text) {
        List<Frame> frames = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher frame = FRAME.matcher(lines.get(i));
            if (frame.find()) {
                frames.add(frame(frame, lines, i + 1));
            }
        }
        return frames;
    }

    private static Frame frame(Matcher frameLine, List<String> lines, int next) {
        byte[] bytes = HexFormat.of().parseHex(frameLine.group(3));
        if (bytes.length != Integer.parseInt(frameLine.group(2))) {
            throw new IllegalStateException("byte count disagrees with hex in " + frameLine.group());
        }
        int line = next;
        while (!HEADER.matcher(lines.get(line)).find()) {
            line++;
        }
        Matcher header = HEADER.matcher(lines.get(line));
        header.find();
        Matcher code = CODE.matcher(lines.get(line));
        code.find();
        List<Option> options = new ArrayList<>();
        int payloadLength = 0;
        for (line++; line < lines.size() && lines.get(line).startsWith("    "); line++) {
            Matcher option = OPTION.matcher(lines.get(line));
            Matcher payload = PAYLOAD.matcher(lines.get(line));
            if (option.find()) {
                String value = option.group(3) != null ? option.group(3) : option.group(4);
                options.add(new Option(Integer.parseInt(option.group(1)), option.group(2), value));
            } else if (payload.find()) {
                payloadLength = Integer.parseInt(payload.group(1));
            } else {
                throw new IllegalStateException("unreadable decoded line: " + lines.get(line));
            }
        }
        String direction = frameLine.group(1).startsWith("SENT") ? "SENT" : "RECV";
        return new Frame(
                direction,
                frameLine.group(3),
                Integer.parseInt(code.group(1)),
                Integer.parseInt(code.group(2)),
                header.group(2),
                Integer.parseInt(header.group(3)),
                Integer.parseInt(header.group(4)),
                Integer.parseInt(header.group(5)),
                Integer.parseInt(header.group(6)),
                options,
                payloadLength);
    }
}
