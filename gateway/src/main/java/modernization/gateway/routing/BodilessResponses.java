package modernization.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Sends a response that has no body (1xx, 204, 304, any answer to HEAD) framed as the service framed
 * it. Vert.x's proxy pipes a body of unknown length as chunks, and copies the service's reason phrase
 * into a status object of its own, which Vert.x's server then fails to recognise as 304 (it compares
 * the constant by reference): the 304 went out with {@code Transfer-Encoding: chunked}, or with
 * {@code Content-Length: 0}, and clients that trust the header (Python's http.client, Node's fetch)
 * waited for chunks that never come (the same defect as vertx-http-proxy issue 116). So the standard
 * reason phrase is used, and without a body to pipe the proxy copies the service's headers and ends
 * the response; a length the service declared (a HEAD's) is kept as it was.
 */
final class BodilessResponses implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        if (isBodiless(context.request().getMethod(), response.getStatusCode())) {
            response.setStatusMessage(null);
            if (response.getBody() != null && response.getBody().length() < 0) {
                response.setBody(null);
            }
        }
        return context.sendResponse();
    }

    static boolean isBodiless(HttpMethod method, int status) {
        return HttpMethod.HEAD.equals(method) || status < 200 || status == 204 || status == 304;
    }
}
