package modernization.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many API requests one client may make per period: the token's azp, or the IP without a token. */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests allowed in a burst, and refilled over {@link #period()}. */
    @WithDefault("600")
    long capacity();

    @WithDefault("PT1M")
    Duration period();
}
