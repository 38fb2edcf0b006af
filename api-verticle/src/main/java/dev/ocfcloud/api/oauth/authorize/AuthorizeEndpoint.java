package dev.ocfcloud.api.oauth.authorize;

import dev.ocfcloud.api.oauth.OAuthError;
import dev.ocfcloud.api.oauth.OAuthException;
import dev.ocfcloud.api.oauth.OAuthProviderConfig;
import dev.ocfcloud.api.oauth.client.ClientRegistry;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import dev.ocfcloud.api.oauth.token.Secrets;
import dev.ocfcloud.api.oauth.user.UserDirectory;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /oauth/authorize} (RFC 6749 §4.1): {@code GET} checks the request and shows a login form;
 * {@code POST} (the form) checks the user's password (off the event loop) and redirects to the
 * client with a code and the {@code state}. Errors about the client or its redirect URI are shown;
 * all others are redirected to the client (§4.1.2.1).
 */
public final class AuthorizeEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizeEndpoint.class);
    public static final String PATH = "/oauth/authorize";

    private final ClientRegistry clients;
    private final UserDirectory users;
    private final AuthorizationCodes codes;

    public AuthorizeEndpoint(
            ClientRegistry clients,
            UserDirectory users,
            OAuthStore store,
            Secrets secrets,
            OAuthProviderConfig config,
            Clock clock) {
        this.clients = clients;
        this.users = users;
        this.codes = new AuthorizationCodes(store, secrets, config, clock);
    }

    /** {@code GET}: the login form for a valid request. */
    public void show(RoutingContext routing) {
        MultiMap params = routing.request().params();
        checked(routing, params)
                .ifPresent(request ->
                        html(routing, 200, LoginPage.form(request.client().clientId(), params, Optional.empty())));
    }

    /** {@code POST}: the login form sent back. */
    public void login(RoutingContext routing) {
        String contentType = routing.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            html(routing, 400, LoginPage.error("The form must be sent as application/x-www-form-urlencoded."));
            return;
        }
        MultiMap form = routing.request().formAttributes();
        checked(routing, form)
                .ifPresent(request -> signIn(routing, request, form).onFailure(failure -> {
                    LOG.error(
                            "Authorization for client {} failed",
                            request.client().clientId(),
                            failure);
                    redirectError(
                            routing,
                            request.redirectUri(),
                            request.state(),
                            OAuthError.SERVER_ERROR.because("the provider failed; try again"));
                }));
    }

    /** Checks the password; redirects with a code, or shows the form again. */
    private Future<Void> signIn(RoutingContext routing, AuthorizationRequest request, MultiMap form) {
        String username = Optional.ofNullable(form.get("username")).orElse("");
        String password = Optional.ofNullable(form.get("password")).orElse("");
        return users.authenticate(username, password).compose(user -> {
            if (user.isEmpty()) {
                String page =
                        LoginPage.form(request.client().clientId(), form, Optional.of("Wrong username or password."));
                html(routing, 401, page);
                return Future.succeededFuture();
            }
            return codes.issue(request, user.get())
                    .onSuccess(code -> redirect(routing, request, "code=" + encode(code)))
                    .mapEmpty();
        });
    }

    /** The request if it is valid; otherwise the answer is sent and empty is returned. */
    private Optional<AuthorizationRequest> checked(RoutingContext routing, MultiMap params) {
        AuthorizationRequest.RedirectTarget target;
        try {
            target = AuthorizationRequest.target(params, clients);
        } catch (OAuthException refused) {
            html(routing, 400, LoginPage.error(refused.description()));
            return Optional.empty();
        }
        try {
            return Optional.of(AuthorizationRequest.checked(target, params));
        } catch (OAuthException refused) {
            redirectError(routing, target.redirectUri(), target.state(), refused);
            return Optional.empty();
        }
    }

    private static void redirect(RoutingContext routing, AuthorizationRequest request, String query) {
        String state = request.state().map(value -> "&state=" + encode(value)).orElse("");
        found(routing, request.redirectUri(), query + state);
    }

    private static void redirectError(
            RoutingContext routing, String redirectUri, Optional<String> state, OAuthException refused) {
        String query = "error=" + refused.error().code() + "&error_description=" + encode(refused.description())
                + state.map(value -> "&state=" + encode(value)).orElse("");
        found(routing, redirectUri, query);
    }

    private static void found(RoutingContext routing, String redirectUri, String query) {
        String separator = redirectUri.contains("?") ? "&" : "?";
        routing.response()
                .setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, redirectUri + separator + query)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }

    private static void html(RoutingContext routing, int status, String page) {
        if (routing.response().ended()) {
            return;
        }
        routing.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .putHeader("Referrer-Policy", "no-referrer")
                .end(page);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
