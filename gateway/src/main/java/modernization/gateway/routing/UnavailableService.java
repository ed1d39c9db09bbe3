package modernization.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import java.util.concurrent.TimeoutException;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Problems;
import org.jboss.logging.Logger;

/**
 * When the service does not answer, the caller gets problem+json naming it: 504 when it did not
 * answer in time, 503 when it could not be reached.
 */
final class UnavailableService implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UnavailableService.class);

    private final String service;

    UnavailableService(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            boolean timeout = failure instanceof TimeoutException
                    || (failure.getMessage() != null && failure.getMessage().contains("timeout"));
            ProblemType type = timeout ? ProblemType.GATEWAY_TIMEOUT : ProblemType.SERVICE_UNAVAILABLE;
            LOG.warnf("%s %s: %s did not answer (%s)", context.request().getMethod(), context.request().getURI(), service,
                    failure.toString());
            var problem = Problems.problem(type, service + (timeout ? " did not answer in time." : " cannot be reached.")
                    + " Retry in a few seconds.", context.request().proxiedRequest(), List.of());
            ProxyResponse response = context.request().response()
                    .setStatusCode(type.status())
                    .setStatusMessage(type.title())
                    .setBody(Body.body(Buffer.buffer(Json.encode(problem))));
            response.headers().clear();
            response.putHeader("Content-Type", "application/problem+json").putHeader("Retry-After", "5");
            return Future.succeededFuture(response);
        });
    }
}
