package dev.ocfcloud.simulator.resource;

import java.util.Locale;

/** The application resources a simulated device can host besides {@code /oic/d} and {@code /oic/p}. */
public enum ResourceKind {
    /** {@code core.light} at {@code /light/n}, as iotivity-lite's cloud_server: {@code state}, {@code power}. */
    LIGHT("light"),
    /** {@code oic.r.switch.binary} at {@code /switch/n}: {@code value}. */
    SWITCH("switch"),
    /** {@code oic.r.temperature} at {@code /temperature/n}: {@code temperature}, {@code units}; a sensor. */
    TEMPERATURE("temperature");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ResourceKind parse(String text) {
        for (ResourceKind kind : values()) {
            if (kind.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown resource kind '" + text + "' (light, switch, temperature)");
    }
}
