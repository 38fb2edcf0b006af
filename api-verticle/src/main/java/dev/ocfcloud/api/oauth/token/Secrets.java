package dev.ocfcloud.api.oauth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random, URL-safe secrets (codes, refresh tokens) and the hashes they are stored as. */
public final class Secrets {
    /** 256 bits: far beyond guessing, even for codes that live ten minutes. */
    public static final int BYTES = 32;

    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    public Secrets(SecureRandom random) {
        this.random = random;
    }

    /** 43 characters of Base64url. */
    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    /** SHA-256, Base64url: what is stored in place of the secret. */
    public static String hash(String secret) {
        return URL_SAFE.encodeToString(sha256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares two secrets in time independent of where they differ. */
    public static boolean sameSecret(String expected, String presented) {
        return MessageDigest.isEqual(
                sha256(expected.getBytes(StandardCharsets.UTF_8)), sha256(presented.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
