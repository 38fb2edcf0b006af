package dev.ocfcloud.launcher.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads a YAML configuration file into dotted paths: {@code gateway: {coapTcpPort: 5683}} becomes
 * {@code gateway.coapTcpPort = "5683"}; a list of scalars becomes a comma-separated value, a list of
 * mappings its JSON text; a null becomes the empty string. Blocking file I/O: done once, before Vert.x starts.
 */
final class YamlConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlConfigFile() {}

    static Map<String, ConfigValue> read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException("Configuration file " + file + " does not exist", e);
        } catch (JacksonException e) {
            throw new ConfigException(
                    "Configuration file " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException("Configuration file " + file + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, ConfigValue> values = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return values;
        }
        if (!root.isObject()) {
            throw new ConfigException("Configuration file " + file + " must hold a YAML mapping at the top");
        }
        flatten("", root, "file " + file, values);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, String source, Map<String, ConfigValue> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                flatten(path, field.getValue(), source, into);
            }
        } else if (node.isArray() && containsMappings(node)) {
            // A list of mappings (oauth.users, oauth.clients) stays structured, as JSON text.
            into.put(prefix, new ConfigValue(node.toString(), source));
        } else if (node.isArray()) {
            into.put(prefix, new ConfigValue(joinScalars(prefix, node, source), source));
        } else {
            into.put(prefix, new ConfigValue(node.isNull() ? "" : node.asText(), source));
        }
    }

    private static boolean containsMappings(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isObject()) {
                return true;
            }
        }
        return false;
    }

    private static String joinScalars(String path, JsonNode array, String source) {
        StringJoiner joined = new StringJoiner(",");
        for (JsonNode element : array) {
            if (!element.isValueNode()) {
                throw new ConfigException(
                        "Invalid configuration: " + path + " (from " + source + ") must be a list of plain values");
            }
            joined.add(element.asText());
        }
        return joined.toString();
    }
}
