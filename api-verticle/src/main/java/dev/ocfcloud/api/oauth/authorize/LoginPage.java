package dev.ocfcloud.api.oauth.authorize;

import io.vertx.core.MultiMap;
import java.util.Optional;
import java.util.TreeSet;

/** The minimal HTML the authorization endpoint shows: a login form, or an error. Everything echoed is escaped. */
final class LoginPage {
    private LoginPage() {}

    /** The form, posting back to the authorization endpoint with the request's parameters. */
    static String form(String clientId, MultiMap params, Optional<String> message) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new TreeSet<>(AuthorizationRequest.PARAMETERS)) {
            String value = params.get(name);
            if (value != null) {
                hidden.append("<input type=\"hidden\" name=\"")
                        .append(escape(name))
                        .append("\" value=\"")
                        .append(escape(value))
                        .append("\">\n");
            }
        }
        String notice = message.map(text -> "<p class=\"error\">" + escape(text) + "</p>\n")
                .orElse("");
        return page(
                "Sign in",
                "<h1>Sign in to OCF Cloud</h1>\n<p>" + escape(clientId) + " asks for access to your devices.</p>\n"
                        + notice
                        + "<form method=\"post\" action=\"" + AuthorizeEndpoint.PATH + "\">\n"
                        + hidden
                        + "<label>Username <input name=\"username\" autocomplete=\"username\" required></label>\n"
                        + "<label>Password <input name=\"password\" type=\"password\""
                        + " autocomplete=\"current-password\" required></label>\n"
                        + "<button type=\"submit\">Sign in</button>\n</form>");
    }

    static String error(String description) {
        return page("Cannot sign in", "<h1>Cannot sign in</h1>\n<p>" + escape(description) + "</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:24rem;margin:3rem auto}"
                + "label{display:block;margin:.5rem 0}input{display:block;width:100%}"
                + ".error{color:#b00}</style></head>\n<body>\n" + body + "\n</body></html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
