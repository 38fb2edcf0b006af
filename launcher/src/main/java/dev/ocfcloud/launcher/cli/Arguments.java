package dev.ocfcloud.launcher.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's own {@code --name value} options. */
public final class Arguments {
    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * @param words the words after the command
     * @param known the option names the command takes, e.g. {@code --owner}
     * @throws UsageException for an unknown option, a missing value or a stray word
     */
    public static Arguments parse(String command, List<String> words, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!known.contains(word)) {
                throw new UsageException(command + " takes " + String.join(", ", known) + "; got " + word);
            }
            if (i + 1 >= words.size()) {
                throw new UsageException(word + " needs a value");
            }
            values.put(word, words.get(++i));
        }
        return new Arguments(values);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String required(String command, String name) {
        return optional(name).orElseThrow(() -> new UsageException(command + " needs " + name + " <value>"));
    }
}
