package dev.ocfcloud.simulator.cli;

import dev.ocfcloud.simulator.onboarding.HttpOnboardingCodes;
import dev.ocfcloud.simulator.onboarding.OnboardingCodes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the devices' onboarding codes come from: one code for all ({@code --onboarding-code}), a file
 * with one per line ({@code --onboarding-codes-file}), or the cloud's endpoint ({@code
 * --onboarding-url}, with {@code --onboarding-token} or {@code --client-id}/{@code --client-secret}).
 */
record OnboardingOptions(
        Optional<String> code,
        Optional<Path> codesFile,
        Optional<String> url,
        Optional<String> bearerToken,
        Optional<String> clientId,
        Optional<String> clientSecret,
        Optional<String> tokenUrl,
        Optional<String> owner) {
    static OnboardingOptions none() {
        return new OnboardingOptions(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    boolean fromEndpoint() {
        return url.isPresent() || bearerToken.isPresent() || clientId.isPresent();
    }

    boolean given() {
        return code.isPresent() || codesFile.isPresent() || fromEndpoint();
    }

    void validate() {
        int sources = (code.isPresent() ? 1 : 0) + (codesFile.isPresent() ? 1 : 0) + (fromEndpoint() ? 1 : 0);
        if (sources > 1) {
            throw new UsageException(
                    "give one source of onboarding codes: --onboarding-code, --onboarding-codes-file or --onboarding-url");
        }
        if (clientId.isPresent() != clientSecret.isPresent()) {
            throw new UsageException("--client-id and --client-secret go together");
        }
        if (fromEndpoint() && bearerToken.isEmpty() && clientId.isEmpty()) {
            throw new UsageException("--onboarding-url needs --onboarding-token or --client-id/--client-secret");
        }
        if (bearerToken.isPresent() && clientId.isPresent()) {
            throw new UsageException("give --onboarding-token or --client-id/--client-secret, not both");
        }
    }

    /** The source; reads a codes file now (blocking: call it before the devices start). */
    OnboardingCodes codes(Vertx vertx) {
        if (code.isPresent()) {
            return OnboardingCodes.shared(code.get());
        }
        if (codesFile.isPresent()) {
            return OnboardingCodes.list(readCodes(codesFile.get()));
        }
        if (!fromEndpoint()) {
            return index -> Future.failedFuture("no source of onboarding codes was given");
        }
        String endpoint = url.orElse(HttpOnboardingCodes.DEFAULT_URL);
        if (bearerToken.isPresent()) {
            return HttpOnboardingCodes.withBearerToken(vertx, endpoint, bearerToken.get(), owner);
        }
        return HttpOnboardingCodes.withClientCredentials(
                vertx,
                endpoint,
                tokenUrl.orElseGet(() -> HttpOnboardingCodes.defaultTokenUrl(endpoint)),
                clientId.orElseThrow(),
                clientSecret.orElseThrow(),
                owner);
    }

    private static List<String> readCodes(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the onboarding codes in " + file, e);
        }
    }
}
