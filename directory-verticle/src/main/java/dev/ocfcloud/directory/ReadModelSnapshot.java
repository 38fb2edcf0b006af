package dev.ocfcloud.directory;

import dev.ocfcloud.directory.registry.DeviceEntry;
import dev.ocfcloud.directory.shadow.ShadowEntry;
import java.util.Set;

/** Every entry of the read models at one moment, to compare two directories or inspect one. */
public record ReadModelSnapshot(Set<DeviceEntry> devices, Set<ShadowEntry> shadows, long gaps) {
    /** Whether both hold the same entries (alarms aside). */
    public boolean sameEntriesAs(ReadModelSnapshot other) {
        return devices.equals(other.devices) && shadows.equals(other.shadows);
    }
}
