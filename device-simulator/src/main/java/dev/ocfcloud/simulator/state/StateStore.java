package dev.ocfcloud.simulator.state;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where devices keep their {@link DeviceRecord}, by device index. Called from the devices' event loops:
 * implementations must not block (a file is written later, off the event loop).
 */
public interface StateStore {
    Optional<DeviceRecord> load(int index);

    void save(int index, DeviceRecord record);

    /** Records kept in memory only: lost when the process ends. */
    static StateStore inMemory() {
        Map<Integer, DeviceRecord> records = new ConcurrentHashMap<>();
        return new StateStore() {
            @Override
            public Optional<DeviceRecord> load(int index) {
                return Optional.ofNullable(records.get(index));
            }

            @Override
            public void save(int index, DeviceRecord record) {
                records.put(index, record);
            }
        };
    }
}
