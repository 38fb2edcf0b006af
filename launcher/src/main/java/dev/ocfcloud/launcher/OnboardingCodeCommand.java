package dev.ocfcloud.launcher;

import dev.ocfcloud.api.oauth.token.Scopes;
import dev.ocfcloud.launcher.cli.Arguments;
import dev.ocfcloud.launcher.cli.CliCommand;
import dev.ocfcloud.launcher.cli.CommandContext;
import dev.ocfcloud.launcher.cli.ExitStatus;
import dev.ocfcloud.launcher.cli.UsageException;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.launcher.config.CloudConfigLoader;
import dev.ocfcloud.launcher.oauth.BuiltInClients;
import dev.ocfcloud.model.auth.HttpTokenEndpointClient;
import dev.ocfcloud.model.auth.TokenEndpointConfig;
import dev.ocfcloud.model.error.CloudException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ocf-cloud onboarding-code --owner <owner> [--url <base>]}: asks the running cloud's
 * embedded provider for a one-time onboarding code, as the {@value BuiltInClients#ADMIN_CLIENT_ID}
 * client of the same configuration (client credentials, then {@code POST /oauth/onboarding-codes}),
 * and prints it. The user gives it to a device as CoAPCloudConf {@code at}.
 */
final class OnboardingCodeCommand implements CliCommand {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public String name() {
        return "onboarding-code";
    }

    @Override
    public String summary() {
        return "Print a one-time code for onboarding a device of an owner: --owner <owner> [--url <cloud URL>]";
    }

    @Override
    public int run(CommandContext context) {
        Arguments arguments = Arguments.parse(name(), context.arguments(), Set.of("--owner", "--url"));
        String owner = arguments.required(name(), "--owner");
        CloudConfig config = CloudConfigLoader.load(context.configFile(), context.env());
        if (!config.oauth().embedded()) {
            throw new UsageException("onboarding codes come from the embedded provider, and oauth.embedded is false");
        }
        String base = arguments.optional("--url").orElseGet(() -> localUrl(config));
        Vertx vertx = Vertx.vertx();
        try {
            JsonObject code = await(onboardingCode(vertx, config, base, owner));
            context.out().println(code.getString("code"));
            context.err()
                    .println("Owner " + code.getString("owner") + "; valid for " + code.getLong("expiresIn")
                            + " s and once. Give it to the device as CoAPCloudConf 'at'.");
            return ExitStatus.OK;
        } catch (ExecutionException e) {
            context.err().println("ocf-cloud: no onboarding code from " + base + ": " + message(e.getCause()));
            return ExitStatus.FAILED;
        } catch (TimeoutException e) {
            context.err().println("ocf-cloud: " + base + " did not answer within " + TIMEOUT.toSeconds() + " s");
            return ExitStatus.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitStatus.FAILED;
        } finally {
            close(vertx);
        }
    }

    private static void close(Vertx vertx) {
        try {
            await(vertx.close());
        } catch (ExecutionException | TimeoutException e) {
            // Nothing of ours is left to lose; the process ends anyway.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The cloud on this machine: its HTTP port on loopback (or on the configured host). */
    static String localUrl(CloudConfig config) {
        if (config.http().port() == 0) {
            throw new UsageException("http.port is 0 (a free port): give the cloud's URL with --url");
        }
        String host = config.http().host();
        boolean anyAddress = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        return "http://" + (anyAddress ? "127.0.0.1" : host) + ":"
                + config.http().port();
    }

    private static Future<JsonObject> onboardingCode(Vertx vertx, CloudConfig config, String base, String owner) {
        WebClient web = WebClient.create(vertx);
        TokenEndpointConfig admin = new TokenEndpointConfig(
                base + "/oauth/token", BuiltInClients.ADMIN_CLIENT_ID, BuiltInClients.adminSecret(config), TIMEOUT);
        return new HttpTokenEndpointClient(web, admin)
                .clientCredentials(Set.of(Scopes.ADMIN))
                .compose(grant -> web.postAbs(base + "/oauth/onboarding-codes")
                        .timeout(TIMEOUT.toMillis())
                        .putHeader("Authorization", "Bearer " + grant.accessToken())
                        .sendJsonObject(new JsonObject().put("owner", owner)))
                .map(OnboardingCodeCommand::created);
    }

    private static JsonObject created(HttpResponse<Buffer> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.bodyAsString());
        }
        return response.bodyAsJsonObject();
    }

    private static String message(Throwable failure) {
        return failure instanceof CloudException cloud
                ? cloud.error().toString()
                : String.valueOf(failure.getMessage());
    }

    private static <T> T await(Future<T> future) throws ExecutionException, InterruptedException, TimeoutException {
        return future.toCompletionStage().toCompletableFuture().get(2 * TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
