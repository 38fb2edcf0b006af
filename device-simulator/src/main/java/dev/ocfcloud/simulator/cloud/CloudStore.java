package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.simulator.state.DeviceRecord;
import dev.ocfcloud.simulator.state.StateStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A device's cloud configuration, as iotivity-lite's {@code oc_cloud_store_t}: tokens and the
 * {@code ins} the cloud acknowledged per href. Every change is saved to the {@link StateStore}, so a
 * restarted device signs in with what it had. Confined to the device's event loop.
 */
public final class CloudStore {
    private final int index;
    private final String di;
    private final String name;
    private final StateStore sink;
    private CloudCredentials credentials;
    private final Map<String, Long> published = new LinkedHashMap<>();

    public CloudStore(int index, String di, String name, StateStore sink, Optional<DeviceRecord> stored) {
        this.index = index;
        this.di = di;
        this.name = name;
        this.sink = sink;
        stored.ifPresent(this::restore);
        save();
    }

    private void restore(DeviceRecord record) {
        if (record.registered()) {
            credentials = new CloudCredentials(
                    record.uid(),
                    record.accessToken() == null ? "" : record.accessToken(),
                    record.refreshToken(),
                    record.expiresIn() == null ? -1 : record.expiresIn(),
                    record.obtainedAtMillis() == null ? 0 : record.obtainedAtMillis());
            published.putAll(record.published());
        }
    }

    public Optional<CloudCredentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    public void credentials(CloudCredentials newCredentials) {
        credentials = newCredentials;
        save();
    }

    public OptionalLong ins(String href) {
        Long ins = published.get(href);
        return ins == null ? OptionalLong.empty() : OptionalLong.of(ins);
    }

    public boolean isPublished(String href) {
        return published.containsKey(href);
    }

    /** Records the {@code ins} the cloud acknowledged for these hrefs. */
    public void published(Map<String, Long> acknowledged) {
        published.putAll(acknowledged);
        save();
    }

    /** Forgets the cloud: tokens and published links (iotivity-lite's "configuration wiped"). */
    public void wipe() {
        credentials = null;
        published.clear();
        save();
    }

    private void save() {
        sink.save(index, toRecord());
    }

    DeviceRecord toRecord() {
        if (credentials == null) {
            return DeviceRecord.unregistered(di, name);
        }
        return new DeviceRecord(
                di,
                name,
                credentials.uid(),
                credentials.accessToken(),
                credentials.refreshToken(),
                credentials.expiresIn(),
                credentials.obtainedAtMillis(),
                published);
    }
}
