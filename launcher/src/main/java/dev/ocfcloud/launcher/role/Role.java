package dev.ocfcloud.launcher.role;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a launcher process can run. Declared in start order: the write side before the read side,
 * the faces last, so the gateway takes devices only once something can handle their commands.
 * Stopping goes the other way.
 */
public enum Role {
    AGGREGATE,
    DIRECTORY,
    API,
    GATEWAY;

    /** The name used in configuration and logs, e.g. {@code gateway}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with that id, ignoring case. */
    public static Optional<Role> byId(String id) {
        return Arrays.stream(values())
                .filter(role -> role.id().equalsIgnoreCase(id))
                .findFirst();
    }

    /** All ids, for messages: {@code aggregate, directory, api, gateway}. */
    public static String ids() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
}
