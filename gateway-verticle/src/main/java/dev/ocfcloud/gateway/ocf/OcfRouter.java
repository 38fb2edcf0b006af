package dev.ocfcloud.gateway.ocf;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which endpoint serves a request, and whether the device must be signed in for it: before
 * sign-in only sign-up, sign-in, token refresh and deregistration are served (DESIGN §3).
 */
public final class OcfRouter {
    /** What to do with a request. */
    public sealed interface Route {
        record Serve(OcfEndpoint endpoint) implements Route {}

        /** Not signed in, and the endpoint needs it: 4.01, then close (issue: requests before sign-in). */
        record SignInFirst() implements Route {}

        record NotFound() implements Route {}

        record MethodNotAllowed() implements Route {}
    }

    private final Map<String, Map<Method, OcfEndpoint>> endpoints = new HashMap<>();
    private final Map<String, OcfEndpoint> prefixes = new HashMap<>();
    private final Set<String> openPaths = new HashSet<>();

    /** An endpoint served to signed-in devices only. */
    public OcfRouter add(Method method, String path, OcfEndpoint endpoint) {
        endpoints.computeIfAbsent(path, p -> new HashMap<>()).put(method, endpoint);
        return this;
    }

    /** An endpoint served before sign-in too. */
    public OcfRouter addOpen(Method method, String path, OcfEndpoint endpoint) {
        openPaths.add(path);
        return add(method, path, endpoint);
    }

    /** An endpoint for every path under {@code prefix} (which ends with '/'), signed-in devices only. */
    public OcfRouter addPrefix(String prefix, OcfEndpoint endpoint) {
        prefixes.put(prefix, endpoint);
        return this;
    }

    public Route route(CoapRequest request, boolean signedIn) {
        String path = request.path();
        if (!signedIn && !openPaths.contains(path)) {
            return new Route.SignInFirst();
        }
        Map<Method, OcfEndpoint> byMethod = endpoints.get(path);
        if (byMethod == null) {
            return prefixes.entrySet().stream()
                    .filter(prefix -> path.startsWith(prefix.getKey()))
                    .<Route>map(prefix -> new Route.Serve(prefix.getValue()))
                    .findFirst()
                    .orElseGet(Route.NotFound::new);
        }
        return Optional.ofNullable(byMethod.get(request.method()))
                .<Route>map(Route.Serve::new)
                .orElseGet(Route.MethodNotAllowed::new);
    }
}
