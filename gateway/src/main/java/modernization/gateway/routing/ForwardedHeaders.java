package modernization.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who called and through which address (X-Forwarded-For, -Proto, -Host, -Port),
 * so the links it returns, such as paging links, point at the gateway and not at the service.
 * Values a caller sent are replaced: only the gateway speaks for the edge.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        var authority = incoming.authority();
        request.headers()
                .set("X-Forwarded-For", incoming.remoteAddress().hostAddress())
                .set("X-Forwarded-Proto", incoming.scheme())
                .remove("Forwarded")
                // the caller's trace context is continued by the gateway's own span, which OpenTelemetry sends on
                .remove("traceparent")
                .remove("tracestate");
        if (authority != null) {
            request.headers().set("X-Forwarded-Host", authority.host());
            request.headers().set("X-Forwarded-Port", String.valueOf(authority.port() > 0 ? authority.port()
                    : "https".equals(incoming.scheme()) ? 443 : 80));
        }
        return context.sendRequest();
    }
}
