package modernization.gateway.routing;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * When the service does not answer, the caller gets problem+json naming it: 504 when it did not
 * answer in time, 503 when it could not be reached. A circuit breaker (Vert.x) per service stops
 * calling one that keeps failing: callers get 503 at once until it is tried again.
 */
final class UnavailableService implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UnavailableService.class);

    private final String service;
    private final CircuitBreaker breaker;
    /** A call that a caller abandoned after this long may have been waiting on a hung service. */
    private final long slowNanos;

    UnavailableService(String service, CircuitBreaker breaker, Duration timeout) {
        this.service = service;
        this.breaker = breaker;
        this.slowNanos = timeout.toNanos() / 2;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerResponse caller = context.request().proxiedRequest().response();
        long started = System.nanoTime();
        return breaker.<ProxyResponse>execute(attempt -> context.sendRequest().onComplete(result -> {
            boolean callerLeftEarly = result.failed() && caller.closed() && System.nanoTime() - started < slowNanos;
            if (callerLeftEarly && breaker.state() == CircuitBreakerState.CLOSED) {
                // the caller hung up and the call was dropped with it: not the service's failure, or anybody
                // could open the breaker for everyone by closing connections. Counted as the failure it may
                // be when the service had kept the caller waiting long, or when this call was the breaker's
                // one trial of a failing service (a success would close the breaker on a dead service).
                attempt.tryComplete();
            } else {
                attempt.handle(result);
            }
        })).compose(response -> response != null ? Future.succeededFuture(response)
                : Future.failedFuture("the caller closed the connection"), failure -> {
            boolean open = failure instanceof OpenCircuitException;
            boolean timeout = !open && (failure instanceof TimeoutException
                    || (failure.getMessage() != null && failure.getMessage().contains("timeout")));
            ProblemType type = timeout ? ProblemType.GATEWAY_TIMEOUT : ProblemType.SERVICE_UNAVAILABLE;
            if (caller.closed()) {
                LOG.debugf("%s %s: the caller left before %s answered", context.request().getMethod(),
                        context.request().getURI(), service);
            } else {
                LOG.warnf("%s %s: %s did not answer (%s)", context.request().getMethod(), context.request().getURI(), service,
                        failure.toString());
            }
            LocalizedText why = open ? new LocalizedText("%s failed repeatedly and is not called for a few seconds. Retry in a few seconds.",
                            "أخفقت الخدمة %s مرارًا ولن تُستدعى لبضع ثوانٍ. أعد المحاولة بعد بضع ثوانٍ.",
                            "خزمەتگوزاریی %s چەند جارێک شکستی هێنا و بۆ چەند چرکەیەک بانگ ناکرێت. دوای چەند چرکەیەک دووبارە هەوڵ بدەرەوە.")
                    : timeout ? new LocalizedText("%s did not answer in time. Retry in a few seconds.",
                            "لم تُجب الخدمة %s في الوقت المحدد. أعد المحاولة بعد بضع ثوانٍ.",
                            "خزمەتگوزاریی %s لە کاتی خۆیدا وەڵامی نەدایەوە. دوای چەند چرکەیەک دووبارە هەوڵ بدەرەوە.")
                    : new LocalizedText("%s cannot be reached. Retry in a few seconds.",
                            "تعذّر الوصول إلى الخدمة %s. أعد المحاولة بعد بضع ثوانٍ.",
                            "ناتوانرێت بگەیەنرێت بە خزمەتگوزاریی %s. دوای چەند چرکەیەک دووبارە هەوڵ بدەرەوە.");
            ProxyResponse response = ProxyProblems.response(context.request(), type, why.format(service));
            response.putHeader("Retry-After", "5");
            return Future.succeededFuture(response);
        });
    }
}
