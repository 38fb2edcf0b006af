package dev.ocfcloud.launcher.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ocfcloud.launcher.role.Role;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The configuration as layered raw text: built-in defaults, then the file, then environment
 * variables, the later winning. The typed getters parse and check one key each and fail with a
 * message naming the key, its environment variable, the value and where it came from.
 */
final class ConfigValues {
    private static final Set<String> LOG_LEVELS = Set.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern HOST_PORT = Pattern.compile("[^\\s,:]+:\\d{1,5}");

    private final Map<String, ConfigValue> values;

    private ConfigValues(Map<String, ConfigValue> values) {
        this.values = values;
    }

    /**
     * Layers {@code file} (may be empty) and then the matching {@code OCF_*} variables of {@code env}
     * over the defaults. A file key that is not one of {@code keys} is an error (a typo would
     * otherwise be ignored silently).
     */
    static ConfigValues layered(List<ConfigKey> keys, Map<String, ConfigValue> file, Map<String, String> env) {
        Map<String, ConfigValue> values = new HashMap<>();
        for (String path : file.keySet()) {
            if (keys.stream().noneMatch(key -> key.path().equals(path))) {
                throw new ConfigException("Unknown configuration key " + path + " in "
                        + file.get(path).source() + " (see docs/configuration.md for the keys)");
            }
        }
        values.putAll(file);
        for (ConfigKey key : keys) {
            String override = env.get(key.envVar());
            if (override != null) {
                values.put(key.path(), new ConfigValue(override, "environment variable " + key.envVar()));
            }
        }
        return new ConfigValues(values);
    }

    String text(ConfigKey key) {
        return raw(key).map(ConfigValue::text).orElse(key.defaultValue()).strip();
    }

    String nonBlank(ConfigKey key) {
        String text = text(key);
        if (text.isEmpty()) {
            throw invalid(key, "must not be empty");
        }
        return text;
    }

    int integer(ConfigKey key, int min, int max) {
        String text = text(key);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw invalid(key, "must be an integer from " + min + " to " + max);
    }

    Path path(ConfigKey key) {
        try {
            return Path.of(nonBlank(key));
        } catch (InvalidPathException e) {
            throw invalid(key, "is not a valid path: " + e.getReason());
        }
    }

    Set<Role> roles(ConfigKey key) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String item : text(key).split(",", -1)) {
            String id = item.strip();
            roles.add(Role.byId(id)
                    .orElseThrow(() -> invalid(key, "holds an unknown role '" + id + "'; roles are " + Role.ids())));
        }
        return roles;
    }

    /** Empty, or a comma-separated list of {@code host:port}. */
    String hostPortList(ConfigKey key) {
        String text = text(key);
        for (String item : text.isEmpty() ? new String[0] : text.split(",", -1)) {
            if (!HOST_PORT.matcher(item.strip()).matches()) {
                throw invalid(key, "must be a comma-separated list of host:port, or empty");
            }
        }
        return text.replace(" ", "");
    }

    String logLevel(ConfigKey key) {
        String level = text(key).toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw invalid(key, "must be one of ERROR, WARN, INFO, DEBUG, TRACE, OFF");
        }
        return level;
    }

    boolean bool(ConfigKey key) {
        String text = text(key).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, "must be true or false");
        };
    }

    /** Empty, or the key's own text. */
    Optional<String> optionalText(ConfigKey key) {
        return Optional.of(text(key)).filter(text -> !text.isEmpty());
    }

    /**
     * A list of mappings: from the file as YAML, from a variable as YAML or JSON text. Each entry is
     * read by {@code entry}; a bad one fails naming its index, without echoing the value (entries
     * may hold secrets).
     */
    <T> List<T> entries(ConfigKey key, Function<JsonNode, T> entry) {
        String text = text(key);
        if (text.isEmpty()) {
            return List.of();
        }
        JsonNode list;
        try {
            list = YAML.readTree(text);
        } catch (JacksonException e) {
            throw invalidEntry(key, "", "is not a YAML or JSON list: " + e.getOriginalMessage());
        }
        if (list == null || !list.isArray()) {
            throw invalidEntry(key, "", "must be a list of mappings");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                result.add(entry.apply(list.get(i)));
            } catch (OAuthEntries.EntryException e) {
                throw invalidEntry(key, "[" + i + "]", e.getMessage());
            }
        }
        return List.copyOf(result);
    }

    private ConfigException invalidEntry(ConfigKey key, String index, String problem) {
        String source = raw(key).map(ConfigValue::source).orElse("built-in default");
        return new ConfigException(
                "Invalid configuration: " + key.path() + index + " (from " + source + "): " + problem);
    }

    /** E.g. {@code Invalid configuration: gateway.coapTcpPort = 'abc' (from environment variable …): must be …}. */
    ConfigException invalid(ConfigKey key, String problem) {
        String source = raw(key).map(ConfigValue::source).orElse("built-in default");
        return new ConfigException(
                "Invalid configuration: " + key.path() + " = '" + text(key) + "' (from " + source + "): " + problem);
    }

    private Optional<ConfigValue> raw(ConfigKey key) {
        return Optional.ofNullable(values.get(key.path()));
    }
}
