package dev.ocfcloud.gateway.ocf.routed;

import dev.ocfcloud.gateway.ocf.BadRequest;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.ResourceId;

/** The resource a cloud-routed href ({@code /api/v1/devices/<di><href>}) names. */
final class RoutedTarget {
    private RoutedTarget() {}

    static ResourceId parse(String path, String prefix) {
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw BadRequest.because("expected " + prefix + "<device id>/<href>");
        }
        DeviceId device = DeviceId.parse(rest.substring(0, slash))
                .orElseThrow(() -> BadRequest.because("not a device id: " + rest.substring(0, slash)));
        ResourceHref href = ResourceHref.parse(rest.substring(slash))
                .orElseThrow(() -> BadRequest.because("not a plain resource href"));
        return new ResourceId(device, href);
    }
}
