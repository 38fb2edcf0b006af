package dev.ocfcloud.simulator.metrics;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Percentiles of a round-trip histogram, in milliseconds. */
public record LatencySummary(long count, double p50, double p90, double p99, double max) {
    static LatencySummary of(Histogram micros) {
        Histogram copy = micros.copy();
        return new LatencySummary(
                copy.getTotalCount(),
                copy.getValueAtPercentile(50) / 1000.0,
                copy.getValueAtPercentile(90) / 1000.0,
                copy.getValueAtPercentile(99) / 1000.0,
                copy.getMaxValue() / 1000.0);
    }

    @Override
    public String toString() {
        if (count == 0) {
            return "none";
        }
        return String.format(
                Locale.ROOT, "n=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms", count, p50, p90, p99, max);
    }
}
