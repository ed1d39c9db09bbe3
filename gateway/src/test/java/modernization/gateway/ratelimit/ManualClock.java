package modernization.gateway.ratelimit;

import io.github.bucket4j.TimeMeter;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rate limiter's clock in tests: it stands still until a test moves it, so a bucket refills
 * by exactly the time a test lets pass, however long the machine takes to send the requests.
 */
@Singleton
public class ManualClock implements TimeMeter {

    private final AtomicLong nanos = new AtomicLong(System.nanoTime());

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
