package modernization.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Problems;

/** The gateway's own problem+json answer to a proxied request, sent in place of the service's. */
final class ProxyProblems {

    private ProxyProblems() {
    }

    static ProxyResponse response(ProxyRequest request, ProblemType type, LocalizedText detail) {
        var problem = Problems.problem(type, detail, request.proxiedRequest(), List.of());
        ProxyResponse response = request.response()
                .setStatusCode(type.status())
                .setStatusMessage(type.title())
                .setBody(Body.body(Buffer.buffer(Json.encode(problem))));
        response.headers().clear();
        response.putHeader("Content-Type", "application/problem+json");
        response.putHeader("Content-Language", Problems.language(request.proxiedRequest()));
        return response;
    }
}
