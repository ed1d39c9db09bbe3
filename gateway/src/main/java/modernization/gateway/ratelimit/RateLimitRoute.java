package modernization.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ProblemRoutes;
import modernization.common.problem.ProblemType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Token-bucket rate limits per caller with Bucket4j: a person is the token's subject ({@code sub}),
 * so one user's script never spends the budget of everyone else signed in through the same public
 * client; a system signed in with the client-credentials grant is its client ({@code azp}); a call
 * without a token is its IP address, with the smaller anonymous capacity. Over the limit the gateway
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
    private static final String ANONYMOUS = "ip:";

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter clock;

    RateLimitRoute(TimeMeter clock) {
        this.clock = clock;
    }

    void register(@Observes Router router, RateLimitConfig config, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        for (long capacity : new long[] {config.capacity(), config.anonymousCapacity()}) {
            if (capacity < 1 || capacity > RateLimitConfig.MAX_CAPACITY) {
                throw new IllegalStateException("gateway.rate-limit capacities must be 1 to " + RateLimitConfig.MAX_CAPACITY
                        + " (the bound the OpenAPI document gives RateLimit-Limit); it is " + capacity);
            }
        }
        if (config.period().isZero() || config.period().isNegative() || config.period().compareTo(RateLimitConfig.MAX_PERIOD) > 0) {
            throw new IllegalStateException("gateway.rate-limit.period must be positive and at most "
                    + RateLimitConfig.MAX_PERIOD + "; it is " + config.period());
        }
        router.route("/api/*").order(ORDER).handler(ctx -> limit(ctx, config));
        // forget clients whose bucket is full again, so the map does not grow with every IP ever seen
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(IDLE_SWEEP_MINUTES),
                id -> buckets.entrySet().removeIf(b -> b.getValue().getAvailableTokens() >= capacity(b.getKey(), config)));
    }

    private void limit(RoutingContext ctx, RateLimitConfig config) {
        String caller = caller(ctx);
        long capacity = capacity(caller, config);
        Bucket bucket = buckets.computeIfAbsent(caller, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, config.period()))
                .withCustomTimePrecision(clock)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long remaining = probe.getRemainingTokens();
        // a greedy refill adds capacity/period tokens continuously: seconds until the bucket is full again
        long reset = (long) Math.ceil((capacity - remaining) * (double) config.period().toSeconds() / capacity);
        ctx.response().putHeader(LIMIT, String.valueOf(capacity))
                .putHeader(REMAINING, String.valueOf(remaining))
                .putHeader(RESET, String.valueOf(reset));
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        ProblemRoutes.writeProblem(ctx, ProblemType.TOO_MANY_REQUESTS, new LocalizedText(
                "This client made more than %d requests in %d seconds; retry in %d seconds.",
                "تجاوز هذا العميل %d طلبًا خلال %d ثانية؛ أعد المحاولة بعد %d ثانية.",
                "ئەم ڕاژەخوازە لە %d داواکاری زیاتری کرد لە ماوەی %d چرکەدا؛ دوای %d چرکە دووبارە هەوڵ بدەرەوە.")
                .format(capacity, config.period().toSeconds(), seconds));
    }

    /** The capacity of a caller's bucket: the smaller anonymous one for a call without a token. */
    private static long capacity(String caller, RateLimitConfig config) {
        return caller.startsWith(ANONYMOUS) ? config.anonymousCapacity() : config.capacity();
    }

    /** Whose budget a request spends: {@code subject:}, {@code client:} or {@code ip:} and the key. */
    static String caller(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            if (azp != null && (jwt.getSubject() == null || isServiceAccount(jwt))) {
                return "client:" + azp;
            }
            if (jwt.getSubject() != null) {
                return "subject:" + jwt.getSubject();
            }
        }
        return ANONYMOUS + ctx.request().remoteAddress().hostAddress();
    }

    /**
     * Keycloak issues a client-credentials token for the client's service-account user, and its default
     * mappers name the client in {@code client_id} ({@code clientId} in realms made before Keycloak 21).
     */
    private static boolean isServiceAccount(JsonWebToken jwt) {
        String username = jwt.getClaim("preferred_username");
        return jwt.containsClaim("client_id") || jwt.containsClaim("clientId")
                || (username != null && username.startsWith("service-account-"));
    }
}
