package dev.ocfcloud.api.oauth.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginPageTest {
    @Test
    void escapesEverythingItEchoes() {
        MultiMap params = MultiMap.caseInsensitiveMultiMap()
                .add("state", "\"><script>alert(1)</script>")
                .add("ignored", "<b>");

        String page = LoginPage.form("app", params, Optional.of("<i>oops</i>"));

        assertThat(page)
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("&lt;i&gt;oops&lt;/i&gt;")
                .doesNotContain("<script>")
                .doesNotContain("ignored");
    }
}
