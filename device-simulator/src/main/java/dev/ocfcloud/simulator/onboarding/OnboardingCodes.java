package dev.ocfcloud.simulator.onboarding;

import io.vertx.core.Future;
import java.util.List;

/**
 * Where a device gets the authorization code it signs up with (the {@code at} of CoAPCloudConf, sent
 * as {@code accesstoken}, PROTOCOL.md §1.1). Asked once per device, only when it has to sign up; a
 * retry sends the same code again. May be called from any event loop.
 */
@FunctionalInterface
public interface OnboardingCodes {
    Future<String> codeFor(int deviceIndex);

    /** The same code for every device: only for clouds that accept that (tests). */
    static OnboardingCodes shared(String code) {
        return index -> Future.succeededFuture(code);
    }

    /** Device {@code i} gets the {@code i}-th code; a device beyond the list fails. */
    static OnboardingCodes list(List<String> codes) {
        List<String> copy = List.copyOf(codes);
        return index -> index < copy.size()
                ? Future.succeededFuture(copy.get(index))
                : Future.failedFuture("no onboarding code for device " + index + ": the list has " + copy.size());
    }
}
