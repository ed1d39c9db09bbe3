package modernization.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many API requests one caller may make per period (see RateLimitRoute for who a caller is). */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    /** The largest capacity a deployment may set: the OpenAPI document's bound of RateLimit-Limit. */
    long MAX_CAPACITY = 1_000_000;
    /** The longest period a deployment may set: the bound of RateLimit-Reset and Retry-After. */
    Duration MAX_PERIOD = Duration.ofHours(1);

    @WithDefault("true")
    boolean enabled();

    /** Requests allowed in a burst, and refilled over {@link #period()}. */
    @WithDefault("600")
    long capacity();

    /**
     * Requests allowed per {@link #period()} to one IP address calling without a token: such a call
     * reaches only the API root or a 401, so it needs far less than a signed-in caller (as GitHub's
     * API allows 60 an hour unauthenticated against 5,000 with a token).
     */
    @WithDefault("60")
    long anonymousCapacity();

    @WithDefault("PT1M")
    Duration period();
}
