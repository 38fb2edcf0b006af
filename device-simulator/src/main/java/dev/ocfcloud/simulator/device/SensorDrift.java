package dev.ocfcloud.simulator.device;

import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.resource.ResourceSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Moves every temperature a little, as a real sensor's readings move: each call changes each value. */
final class SensorDrift {
    private static final String TEMPERATURE = "oic.r.temperature";

    private final List<Resource> sensors;

    SensorDrift(ResourceSet resources) {
        this.sensors = resources.ofType(TEMPERATURE);
    }

    boolean hasSensors() {
        return !sensors.isEmpty();
    }

    /** A step of 0.1 to 0.5 degrees up or down, kept between 15 and 30 °C, rounded to tenths. */
    void step() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (Resource sensor : sensors) {
            double current = sensor.property("temperature") instanceof Double value ? value : 21.0;
            double step = (random.nextInt(5) + 1) / 10.0;
            double next = current >= 30 || (current > 15 && random.nextBoolean()) ? current - step : current + step;
            sensor.set("temperature", Math.round(next * 10) / 10.0);
        }
    }
}
