package dev.ocfcloud.gateway.coap.message;

/** Splits a path and query into Uri-Path and Uri-Query options (RFC 7252 §6.4 steps 8–9). */
final class RequestUri {
    private RequestUri() {}

    static Options toOptions(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        OptionsBuilder options = Options.builder();
        // Step 8: "/" alone (or nothing) means no Uri-Path option; otherwise one per segment.
        if (!path.isEmpty() && !path.equals("/")) {
            for (String segment : path.substring(path.startsWith("/") ? 1 : 0).split("/", -1)) {
                options.addString(OptionNumber.URI_PATH, segment);
            }
        }
        if (question >= 0 && question + 1 < pathAndQuery.length()) {
            for (String argument : pathAndQuery.substring(question + 1).split("&", -1)) {
                options.addString(OptionNumber.URI_QUERY, argument);
            }
        }
        return options.build();
    }
}
