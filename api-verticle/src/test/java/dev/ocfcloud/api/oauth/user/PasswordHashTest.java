package dev.ocfcloud.api.oauth.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void matchesOnlyItsPasswordAndSurvivesItsTextForm() {
        PasswordHash hash = PasswordHash.of("s3cret".toCharArray(), new SecureRandom(), PasswordHash.MIN_ITERATIONS);

        PasswordHash parsed = PasswordHash.parse(hash.text());

        assertThat(parsed).isEqualTo(hash);
        assertThat(parsed.matches("s3cret".toCharArray())).isTrue();
        assertThat(parsed.matches("s3cret ".toCharArray())).isFalse();
        assertThat(hash.text()).startsWith("pbkdf2-sha256$10000$");
        assertThat(hash.toString()).doesNotContain(hash.text().substring(25));
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        SecureRandom random = new SecureRandom();
        assertThat(PasswordHash.of("x".toCharArray(), random, PasswordHash.MIN_ITERATIONS)
                        .text())
                .isNotEqualTo(PasswordHash.of("x".toCharArray(), random, PasswordHash.MIN_ITERATIONS)
                        .text());
    }

    @Test
    void refusesTextThatIsNotAHashOrTooCheap() {
        assertThatThrownBy(() -> PasswordHash.parse("plain-password")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$1000$AAAA$AAAA"))
                .hasMessageContaining("at least 10000");
        assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$x$AAAA$AAAA"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
