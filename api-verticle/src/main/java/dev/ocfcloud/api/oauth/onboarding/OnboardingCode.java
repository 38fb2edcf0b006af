package dev.ocfcloud.api.oauth.onboarding;

import dev.ocfcloud.model.OwnerId;
import io.vertx.core.json.JsonObject;
import java.time.Duration;

/**
 * A fresh onboarding code, as handed to the user who asked.
 *
 * @param code the code: the device's CoAPCloudConf {@code at}
 * @param expiresIn how long it may still be redeemed
 * @param owner the owner the device will belong to
 */
public record OnboardingCode(String code, Duration expiresIn, OwnerId owner) {
    public JsonObject toJson() {
        return new JsonObject()
                .put("code", code)
                .put("expiresIn", expiresIn.toSeconds())
                .put("owner", owner.value());
    }
}
