package dev.ocfcloud.simulator.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The resources a simulated device hosts, with the properties iotivity-lite's samples give them. */
public final class Resources {
    /** What {@code /oic/d} reports, as in the capture of iotivity-lite 2.2.5 ({@code plain-fake.log}). */
    static final String SPEC_VERSION = "ocf.2.0.5";

    static final String DATA_MODEL_VERSION = "ocf.res.1.3.0";
    static final String SOFTWARE_VERSION = "0.1.0";
    static final String MANUFACTURER = "ocfcloud.dev";

    private Resources() {}

    /** {@code /oic/d} (oic.wk.d): read-only device information. */
    public static Resource device(String di, String name, String deviceType, String piid) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("di", di);
        properties.put("piid", piid);
        properties.put("n", name);
        properties.put("icv", SPEC_VERSION);
        properties.put("dmv", DATA_MODEL_VERSION);
        properties.put("dmno", "SIM-0");
        properties.put("sv", SOFTWARE_VERSION);
        return new Resource(
                "/oic/d",
                List.of(deviceType, "oic.wk.d"),
                List.of(OcfInterface.READ_ONLY, OcfInterface.BASELINE),
                properties,
                Set.of(),
                true);
    }

    /** {@code /oic/p} (oic.wk.p): read-only platform information. */
    public static Resource platform(String platformId) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("pi", platformId);
        properties.put("mnmn", MANUFACTURER);
        return new Resource(
                "/oic/p",
                List.of("oic.wk.p"),
                List.of(OcfInterface.READ_ONLY, OcfInterface.BASELINE),
                properties,
                Set.of(),
                true);
    }

    /** The resource of {@code spec}, the {@code number}-th of its kind (1-based) on the device. */
    public static Resource of(ResourceSpec spec, int number) {
        return switch (spec.kind()) {
            case LIGHT -> light(number, spec.observable());
            case SWITCH -> switchBinary(number, spec.observable());
            case TEMPERATURE -> temperature(number, spec.observable());
        };
    }

    /** {@code core.light} as iotivity-lite's cloud_server hosts it: {@code state}, {@code power} writable. */
    public static Resource light(int number, boolean observable) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("state", false);
        properties.put("power", 0L);
        properties.put("name", "Light");
        return new Resource(
                "/light/" + number,
                List.of("core.light"),
                List.of(OcfInterface.READ_WRITE, OcfInterface.BASELINE),
                properties,
                Set.of("state", "power"),
                observable);
    }

    /** {@code oic.r.switch.binary}: writable {@code value}. */
    public static Resource switchBinary(int number, boolean observable) {
        return new Resource(
                "/switch/" + number,
                List.of("oic.r.switch.binary"),
                List.of(OcfInterface.ACTUATOR, OcfInterface.BASELINE),
                Map.of("value", false),
                Set.of("value"),
                observable);
    }

    /** {@code oic.r.temperature}: a sensor, read-only for the cloud, changed by the simulator. */
    public static Resource temperature(int number, boolean observable) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("temperature", 21.0);
        properties.put("units", "C");
        return new Resource(
                "/temperature/" + number,
                List.of("oic.r.temperature"),
                List.of(OcfInterface.SENSOR, OcfInterface.BASELINE),
                properties,
                Set.of(),
                observable);
    }
}
