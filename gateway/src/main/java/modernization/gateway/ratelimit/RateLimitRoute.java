package modernization.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import modernization.common.problem.ProblemRoutes;
import modernization.common.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Token-bucket rate limits per client with Bucket4j: a client is the token's {@code azp} (the
 * partner app or client), or the caller's IP address without a token. Over the limit the gateway
 * answers 429 problem+json with {@code Retry-After} and calls no service. Buckets live in this
 * gateway instance: with several replicas each enforces the limit on its own share of traffic.
 */
@Singleton
public class RateLimitRoute {

    /** Registered before the proxy routes and after authentication, which runs as an earlier filter. */
    static final int ORDER = -10;
    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    private static final long IDLE_SWEEP_MINUTES = 5;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    void register(@Observes Router router, RateLimitConfig config, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        router.route("/api/*").order(ORDER).handler(ctx -> limit(ctx, config));
        // forget clients whose bucket is full again, so the map does not grow with every IP ever seen
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(IDLE_SWEEP_MINUTES),
                id -> buckets.values().removeIf(b -> b.getAvailableTokens() >= config.capacity()));
    }

    private void limit(RoutingContext ctx, RateLimitConfig config) {
        Bucket bucket = buckets.computeIfAbsent(client(ctx), key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(config.capacity()).refillGreedy(config.capacity(), config.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long remaining = probe.getRemainingTokens();
        // a greedy refill adds capacity/period tokens continuously: seconds until the bucket is full again
        long reset = (long) Math.ceil((config.capacity() - remaining) * (double) config.period().toSeconds() / config.capacity());
        ctx.response().putHeader(LIMIT, String.valueOf(config.capacity()))
                .putHeader(REMAINING, String.valueOf(remaining))
                .putHeader(RESET, String.valueOf(reset));
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        ProblemRoutes.writeProblem(ctx, ProblemType.TOO_MANY_REQUESTS, "This client made more than "
                + config.capacity() + " requests in " + config.period().toSeconds() + " seconds; retry in " + seconds
                + " seconds.");
    }

    static String client(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            if (azp != null) {
                return "client:" + azp;
            }
            return "subject:" + jwt.getSubject();
        }
        return "ip:" + ctx.request().remoteAddress().hostAddress();
    }
}
