package id.kinerja.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Short-lived API tokens: JSON Web Tokens signed with HMAC-SHA256 (RFC 7519) carrying the NIP
 * ({@code sub}), when they were issued and when they expire, and the account's token version
 * ({@code ver}) when they were issued. Verified here by signature and expiry; the account service
 * refuses a token whose version a password change or reset has left behind.
 */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String HEADER = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    /** A verified token's content. */
    record Claims(String nip, Instant issuedAt, Instant expiresAt, boolean mustChangePassword, int version) {
    }

    /** An issued token and its expiry. */
    record Issued(String token, Instant expiresAt) {
    }

    private final byte[] key;
    private final Duration lifetime;
    private final Clock clock;

    Tokens(byte[] key, Duration lifetime, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a signing key of at least 256 bits is needed");
        }
        this.key = key.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A token for {@code nip} of the account's token version 0; {@code mustChangePassword} limits it to changing the password. */
    Issued issue(String nip, boolean mustChangePassword) {
        return issue(nip, mustChangePassword, 0);
    }

    /** A token for {@code nip} of the account's token {@code version}; {@code mustChangePassword} limits it to changing the password. */
    Issued issue(String nip, boolean mustChangePassword, int version) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", nip);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        if (mustChangePassword) {
            claims.put("pwc", true);
        }
        if (version != 0) {
            claims.put("ver", version);
        }
        try {
            String body = HEADER + "." + B64.encodeToString(JSON.writeValueAsBytes(claims));
            return new Issued(body + "." + B64.encodeToString(sign(body)), Instant.ofEpochSecond(expires.getEpochSecond()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token signed with this key, not expired; empty for anything else. */
    Optional<Claims> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] signature = B64D.decode(parts[2]);
            if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            JsonNode claims = JSON.readTree(B64D.decode(parts[1]));
            Instant expires = Instant.ofEpochSecond(claims.get("exp").asLong());
            if (!clock.instant().isBefore(expires) || !claims.hasNonNull("sub")) {
                return Optional.empty();
            }
            return Optional.of(new Claims(claims.get("sub").asText(), Instant.ofEpochSecond(claims.get("iat").asLong()), expires,
                    claims.path("pwc").asBoolean(false), claims.path("ver").asInt(0)));
        } catch (IllegalArgumentException | java.io.IOException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
