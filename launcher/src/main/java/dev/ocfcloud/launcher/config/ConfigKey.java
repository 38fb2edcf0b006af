package dev.ocfcloud.launcher.config;

import java.util.Locale;

/**
 * One configuration setting: its path in the YAML file, its default and what it means. The
 * environment variable that overrides it is derived from the path: {@code OCF_} and the path in
 * upper snake case ({@code gateway.coapTcpPort} → {@code OCF_GATEWAY_COAP_TCP_PORT}).
 *
 * @param path the dotted YAML path, e.g. {@code gateway.coapTcpPort}
 * @param defaultValue the value when neither the file nor the environment sets it (may be empty)
 * @param description what it means, for the documentation
 */
public record ConfigKey(String path, String defaultValue, String description) {
    static final String ENV_PREFIX = "OCF_";

    /** The environment variable overriding this key. */
    public String envVar() {
        StringBuilder name = new StringBuilder(ENV_PREFIX);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                name.append('_');
            } else if (Character.isUpperCase(c)) {
                name.append('_').append(c);
            } else {
                name.append(Character.toUpperCase(c));
            }
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }
}
