package dev.ocfcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceHrefTest {

    @ParameterizedTest
    @ValueSource(strings = {"/oic/d", "/light/1", "/CoapCloudConfResURI", "/a-b_c.d~e/%20"})
    void acceptsPlainAbsolutePaths(String text) {
        assertThat(ResourceHref.parse(text)).hasValue(new ResourceHref(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/",
                "light",
                "//light",
                "/light/",
                "/light/../oic",
                "/./x",
                "/a?b",
                "/a#b",
                "/a b",
                "/a\\b",
                "/a\u0000"
            })
    void rejectsPathTricks(String text) {
        assertThat(ResourceHref.parse(text)).isEmpty();
        assertThatThrownBy(() -> ResourceHref.of(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/light/1"})
    void splitsIntoUriPathSegments(String text) {
        assertThat(ResourceHref.of(text).segments()).containsExactly("light", "1");
    }
}
