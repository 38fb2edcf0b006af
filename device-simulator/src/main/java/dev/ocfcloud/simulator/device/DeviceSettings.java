package dev.ocfcloud.simulator.device;

import dev.ocfcloud.simulator.cloud.RegistrationSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How a device behaves on the wire; the defaults are iotivity-lite's.
 *
 * @param sendCsm send a CSM (8-byte token, Max-Message-Size) before anything else; the real device was
 *     seen sending none, so off by default
 * @param maxMessageSize the largest frame accepted from the cloud, announced in our CSM; 7349 is
 *     iotivity-lite's OC_PDU_SIZE on Linux (PROTOCOL.md §1.0)
 * @param reconnectMin first wait before reconnecting, doubling up to {@code reconnectMax}
 * @param changePeriod how often sensor values (temperature) change by themselves; zero: never
 */
public record DeviceSettings(
        boolean sendCsm,
        int maxMessageSize,
        KeepaliveSettings keepalive,
        Duration reconnectMin,
        Duration reconnectMax,
        RegistrationSettings registration,
        Duration changePeriod) {
    public static final int IOTIVITY_PDU_SIZE = 7349;

    public DeviceSettings {
        Objects.requireNonNull(keepalive, "keepalive");
        Objects.requireNonNull(registration, "registration");
        if (maxMessageSize < 1152) {
            throw new IllegalArgumentException("a Max-Message-Size below 1152 breaks RFC 8323 §5.3.1");
        }
        if (reconnectMin.isNegative() || reconnectMin.isZero() || reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("reconnect wait " + reconnectMin + ".." + reconnectMax);
        }
        if (changePeriod.isNegative()) {
            throw new IllegalArgumentException("negative change period " + changePeriod);
        }
    }

    public static DeviceSettings defaults() {
        return new DeviceSettings(
                false,
                IOTIVITY_PDU_SIZE,
                KeepaliveSettings.iotivity(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(64),
                RegistrationSettings.defaults(),
                Duration.ZERO);
    }

    public DeviceSettings withSendCsm(boolean csm) {
        return new DeviceSettings(
                csm, maxMessageSize, keepalive, reconnectMin, reconnectMax, registration, changePeriod);
    }

    public DeviceSettings withKeepalive(KeepaliveSettings newKeepalive) {
        return new DeviceSettings(
                sendCsm, maxMessageSize, newKeepalive, reconnectMin, reconnectMax, registration, changePeriod);
    }

    public DeviceSettings withReconnect(Duration min, Duration max) {
        return new DeviceSettings(sendCsm, maxMessageSize, keepalive, min, max, registration, changePeriod);
    }

    public DeviceSettings withRegistration(RegistrationSettings newRegistration) {
        return new DeviceSettings(
                sendCsm, maxMessageSize, keepalive, reconnectMin, reconnectMax, newRegistration, changePeriod);
    }

    public DeviceSettings withChangePeriod(Duration period) {
        return new DeviceSettings(sendCsm, maxMessageSize, keepalive, reconnectMin, reconnectMax, registration, period);
    }
}
