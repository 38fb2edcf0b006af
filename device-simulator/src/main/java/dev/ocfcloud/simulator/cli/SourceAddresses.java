package dev.ocfcloud.simulator.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Source addresses on the command line: a comma-separated list of IPv4 addresses and ranges, e.g.
 * {@code 127.0.0.2-127.0.0.9,127.0.1.1}.
 */
final class SourceAddresses {
    private static final int MAX = 4096;

    private SourceAddresses() {}

    static List<String> parse(String text) {
        List<String> addresses = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int dash = trimmed.indexOf('-');
            if (dash < 0) {
                addresses.add(toText(toInt(trimmed)));
            } else {
                range(
                        toInt(trimmed.substring(0, dash).trim()),
                        toInt(trimmed.substring(dash + 1).trim()),
                        addresses);
            }
        }
        return List.copyOf(addresses);
    }

    private static void range(long first, long last, List<String> addresses) {
        if (last < first || last - first >= MAX) {
            throw new UsageException("--source-addresses: a range runs upwards over at most " + MAX + " addresses");
        }
        for (long address = first; address <= last; address++) {
            addresses.add(toText(address));
        }
    }

    private static long toInt(String text) {
        if (!text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new UsageException("--source-addresses: '" + text + "' is not an IPv4 address");
        }
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            return ((bytes[0] & 0xFFL) << 24)
                    | ((bytes[1] & 0xFF) << 16)
                    | ((bytes[2] & 0xFF) << 8)
                    | (bytes[3] & 0xFF);
        } catch (UnknownHostException e) {
            throw new UsageException("--source-addresses: '" + text + "' is not an IPv4 address", e);
        }
    }

    private static String toText(long address) {
        return (address >>> 24 & 0xFF) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "."
                + (address & 0xFF);
    }
}
