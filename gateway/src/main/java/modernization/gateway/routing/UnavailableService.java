package modernization.gateway.routing;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
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

    UnavailableService(String service, CircuitBreaker breaker) {
        this.service = service;
        this.breaker = breaker;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerResponse caller = context.request().proxiedRequest().response();
        return breaker.<ProxyResponse>execute(attempt -> context.sendRequest().onComplete(result -> {
            if (result.failed() && caller.closed()) {
                // the caller hung up and the call to the service was dropped with it: not the service's
                // failure, or anybody could open the breaker for everyone by closing connections
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
            String why = open ? " failed repeatedly and is not called for a few seconds."
                    : timeout ? " did not answer in time." : " cannot be reached.";
            ProxyResponse response = ProxyProblems.response(context.request(), type, service + why + " Retry in a few seconds.");
            response.putHeader("Retry-After", "5");
            return Future.succeededFuture(response);
        });
    }
}
