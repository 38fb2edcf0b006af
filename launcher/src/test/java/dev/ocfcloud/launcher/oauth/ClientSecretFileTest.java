package dev.ocfcloud.launcher.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSecretFileTest {
    @TempDir
    Path folder;

    @Test
    void generatesASecretOnceReadableByTheOwnerOnlyAndReadsItBackAfterwards() throws IOException {
        Path file = folder.resolve("oauth/gateway-client-secret");

        String first = ClientSecretFile.readOrCreate(file);
        String again = ClientSecretFile.readOrCreate(file);

        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(again).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void readsASecretSomeoneWroteThere() throws IOException {
        Path file = Files.writeString(folder.resolve("admin-client-secret"), "  handmade\n");

        assertThat(ClientSecretFile.readOrCreate(file)).isEqualTo("handmade");
    }
}
