package dev.ocfcloud.api.oauth.token;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The {@code scope} parameter and claim: space-separated, order irrelevant (RFC 6749 §3.3). */
public final class Scopes {
    /** What device tokens (from onboarding codes) may do: read and write their owner's devices. */
    public static final Set<String> DEVICE = Set.of("r:*", "w:*");
    /** Lets a service client act for any owner, e.g. ask for an onboarding code on their behalf. */
    public static final String ADMIN = "ocf:admin";

    private Scopes() {}

    public static Set<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(" ")).filter(scope -> !scope.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public static String format(Set<String> scopes) {
        return String.join(" ", new TreeSet<>(scopes));
    }
}
