package dev.ocfcloud.simulator.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * One application resource to host: its kind and whether it is observable, written {@code switch} or
 * {@code switch:unobservable} on the command line.
 */
public record ResourceSpec(ResourceKind kind, boolean observable) {
    private static final String UNOBSERVABLE = ":unobservable";

    public static ResourceSpec parse(String text) {
        String trimmed = text.trim();
        if (trimmed.endsWith(UNOBSERVABLE)) {
            return new ResourceSpec(
                    ResourceKind.parse(trimmed.substring(0, trimmed.length() - UNOBSERVABLE.length())), false);
        }
        return new ResourceSpec(ResourceKind.parse(trimmed), true);
    }

    /** A comma-separated list, e.g. {@code light,switch,temperature:unobservable}; empty text is none. */
    public static List<ResourceSpec> parseList(String text) {
        List<ResourceSpec> specs = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (!item.isBlank()) {
                specs.add(parse(item));
            }
        }
        return List.copyOf(specs);
    }

    @Override
    public String toString() {
        return kind.label() + (observable ? "" : UNOBSERVABLE);
    }
}
