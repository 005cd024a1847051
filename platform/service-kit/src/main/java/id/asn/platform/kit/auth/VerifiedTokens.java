package id.asn.platform.kit.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import id.asn.platform.kit.config.KitConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens this process has verified, keyed by the SHA-256 of the token (the token itself is never
 * kept as a key), each until its {@code exp} at the latest and at most {@code asn.token-cache.max-age}, at most
 * {@code asn.token-cache.max-size} of them; all forgotten when the issuer's key set changes.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final boolean enabled;
    private final Duration maxAge;
    private final Clock clock;
    private final Cache<String, Verified> cache;
    private final AtomicLong keySet = new AtomicLong();
    private final Counter verifications;
    private final Counter hits;

    @Inject
    VerifiedTokens(KitConfig config, MeterRegistry metrics) {
        this(config.tokenCache().enabled(), config.tokenCache().maxSize(), config.tokenCache().maxAge(),
                Clock.systemUTC(), metrics);
    }

    VerifiedTokens(boolean enabled, long maxSize, Duration maxAge, Clock clock, MeterRegistry metrics) {
        this.enabled = enabled;
        this.maxAge = maxAge;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize)
                .expireAfter(Expiry.creating((String digest, Verified verified) ->
                        Duration.between(clock.instant(), verified.until()).isNegative()
                                ? Duration.ZERO : Duration.between(clock.instant(), verified.until())))
                .build();
        this.verifications = Counter.builder("asn.token.verifications")
                .description("Bearer tokens verified in full (signature, issuer, audience, lifetime)")
                .register(metrics);
        this.hits = Counter.builder("asn.token.cache.hits")
                .description("Requests whose bearer token was verified before by this process").register(metrics);
    }

    boolean enabled() {
        return enabled;
    }

    /** The identity of a token verified before, if it is still within its lifetime and the key set unchanged. */
    Optional<SecurityIdentity> find(String token) {
        Verified verified = cache.getIfPresent(digest(token));
        if (verified == null || verified.keySet() != keySet.get() || !clock.instant().isBefore(verified.until())) {
            verifications.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(verified.identity());
    }

    /** The key set the next verification runs against; {@link #remember} ignores results of an older one. */
    long keySet() {
        return keySet.get();
    }

    /** Keeps a freshly verified token's identity until the token's {@code exp}. */
    void remember(String token, SecurityIdentity identity, long verifiedWith) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant latest = clock.instant().plus(maxAge);
        Instant until = expires.isBefore(latest) ? expires : latest;
        if (verifiedWith == keySet.get() && clock.instant().isBefore(until)) {
            cache.put(digest(token), new Verified(identity, until, verifiedWith));
        }
    }

    /** The issuer's keys changed: a token verified with a key that is gone must not pass from memory. */
    void forgetAll() {
        keySet.incrementAndGet();
        cache.invalidateAll();
    }

    private static String digest(String token) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private record Verified(SecurityIdentity identity, Instant until, long keySet) {
    }
}
