package dev.ocfcloud.launcher.store;

import dev.ocfcloud.embedded.store.EmbeddedMongoStore;
import java.util.Optional;

/**
 * The document store the cloud uses: an external MongoDB, or the embedded store this process
 * started (and stops).
 */
public record StoreEndpoint(String connectionString, Optional<EmbeddedMongoStore> embedded) {
    /** For the ready line: {@code store=mongodb://127.0.0.1:41234 (embedded, data ./data/store)}. */
    public String describe() {
        return embedded.isPresent() ? "embedded" : "external";
    }
}
