package dev.ocfcloud.simulator.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The devices' records in one JSON file: a list in device order, so a restarted simulator gives device
 * {@code i} the identity and tokens it had, and it signs in instead of signing up again. Devices save
 * into memory from their event loops (no I/O there); {@link #flushBlocking} writes the file from a
 * thread that may block, atomically (temporary file, then rename).
 */
public final class StateFile implements StateStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private final Path path;
    private final ConcurrentSkipListMap<Integer, DeviceRecord> records = new ConcurrentSkipListMap<>();
    private final AtomicBoolean dirty = new AtomicBoolean();

    private StateFile(Path path, List<DeviceRecord> loaded) {
        this.path = path;
        for (int i = 0; i < loaded.size(); i++) {
            records.put(i, loaded.get(i));
        }
    }

    /** Reads the file if it exists (blocking: call it before starting devices, not on an event loop). */
    public static StateFile open(Path path) {
        if (!Files.exists(path)) {
            return new StateFile(path, List.of());
        }
        try {
            Map<String, List<DeviceRecord>> content = JSON.readValue(path.toFile(), new TypeReference<>() {});
            List<DeviceRecord> devices = content.get("devices");
            return new StateFile(path, devices == null ? List.of() : devices);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state file " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** How many device records the file held or holds now. */
    public int size() {
        return records.size();
    }

    @Override
    public Optional<DeviceRecord> load(int index) {
        return Optional.ofNullable(records.get(index));
    }

    @Override
    public void save(int index, DeviceRecord record) {
        records.put(index, record);
        dirty.set(true);
    }

    /** Writes the file if anything changed since the last write; blocking, so never on an event loop. */
    public void flushBlocking() {
        if (dirty.getAndSet(false)) {
            write(new ArrayList<>(records.values()));
        }
    }

    private synchronized void write(List<DeviceRecord> snapshot) {
        try {
            Path absolute = path.toAbsolutePath();
            Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), Map.of("devices", snapshot));
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state file " + path + ": " + e.getMessage(), e);
        }
    }
}
