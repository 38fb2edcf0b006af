package dev.ocfcloud.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists every key with its variable and default. */
class ConfigDocumentationTest {
    @Test
    void everyKeyHasARowWithItsVariableAndDefault() throws IOException {
        String docs = Files.readString(Path.of("../docs/configuration.md"));

        for (ConfigKey key : ConfigKeys.ALL) {
            String defaultCell = key.defaultValue().isEmpty() ? "*(empty)*" : "`" + key.defaultValue() + "`";
            assertThat(docs)
                    .as("row of %s", key.path())
                    .contains("| `" + key.path() + "` | `" + key.envVar() + "` | " + defaultCell + " |");
        }
    }
}
