package id.asn.platform.tokencache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Verified tokens kept so that a token is verified once per process, not once per request. */
@ConfigMapping(prefix = "asn.token-cache")
public interface TokenCacheConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("10000")
    long maxSize();

    /** The longest an entry is kept, however long the token is valid. */
    @WithDefault("5m")
    Duration maxAge();
}
