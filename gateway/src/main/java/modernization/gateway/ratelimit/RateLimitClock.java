package modernization.gateway.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock the buckets refill by: the JVM's monotonic clock, unless a test brings its own. */
@Singleton
class RateLimitClock {

    @Produces
    @DefaultBean
    @Singleton
    TimeMeter monotonic() {
        return TimeMeter.SYSTEM_NANOTIME;
    }
}
