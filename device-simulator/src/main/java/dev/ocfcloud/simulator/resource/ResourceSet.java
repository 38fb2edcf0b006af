package dev.ocfcloud.simulator.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A device's resources by href, in publishing order: {@code /oic/d}, {@code /oic/p}, then the others. */
public final class ResourceSet {
    private final Map<String, Resource> byHref = new LinkedHashMap<>();

    private ResourceSet(List<Resource> resources) {
        for (Resource resource : resources) {
            if (byHref.putIfAbsent(resource.href(), resource) != null) {
                throw new IllegalArgumentException("two resources at " + resource.href());
            }
        }
    }

    /** {@code /oic/d}, {@code /oic/p} (always published, PROTOCOL.md §1.1) and one resource per spec. */
    public static ResourceSet forDevice(
            String di, String name, String deviceType, String piid, List<ResourceSpec> specs) {
        List<Resource> resources = new ArrayList<>();
        resources.add(Resources.device(di, name, deviceType, piid));
        resources.add(Resources.platform(piid));
        Map<ResourceKind, Integer> numbers = new EnumMap<>(ResourceKind.class);
        for (ResourceSpec spec : specs) {
            int number = numbers.merge(spec.kind(), 1, Integer::sum);
            resources.add(Resources.of(spec, number));
        }
        return new ResourceSet(resources);
    }

    public Optional<Resource> get(String href) {
        return Optional.ofNullable(byHref.get(href));
    }

    public Collection<Resource> all() {
        return Collections.unmodifiableCollection(byHref.values());
    }

    /** The resources whose first type is {@code type}, e.g. every {@code oic.r.temperature}. */
    public List<Resource> ofType(String type) {
        return byHref.values().stream().filter(r -> r.types().contains(type)).toList();
    }

    public void onChange(Consumer<Resource> listener) {
        byHref.values().forEach(resource -> resource.onChange(listener));
    }
}
