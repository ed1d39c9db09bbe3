package modernization.gateway.routing;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Streams each request under a configured prefix to the service that owns it, with Vert.x's
 * reverse proxy (bodies are piped, never buffered whole). The HTTP security layer has verified any
 * bearer token before these handlers run; a request without one is refused here, and the token is
 * forwarded unchanged so each service checks it again.
 */
@Singleton
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void register(@Observes Router router, Vertx vertx, GatewayConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        // registered before the proxy routes, so a request without a valid token never reaches a service
        router.route("/api/*").handler(ProxyRoutes::requireAuthenticated);
        config.services().forEach((name, service) -> {
            URI url = service.url();
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout(2000)
                    .setIdleTimeout(60)
                    .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(service.connections()));
            long timeout = service.timeout().toMillis();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, http) -> http.request(new RequestOptions()
                            .setServer(SocketAddress.inetSocketAddress(port(url), url.getHost()))
                            .setTimeout(timeout)))
                    // first, so that on the way back it is the last to touch the response before it is sent
                    .addInterceptor(new BodilessResponses())
                    .addInterceptor(new ChunkedBodyLimit(maxBodySize.asLongValue()))
                    .addInterceptor(new ForwardedHeaders())
                    .addInterceptor(new UnavailableService(name + "-service", CircuitBreaker.create(name + "-service", vertx,
                            new CircuitBreakerOptions().setMaxFailures(service.failuresBeforeOpen())
                                    .setResetTimeout(service.openFor().toMillis()).setTimeout(-1)), service.timeout()));
            ProxyHandler handler = ProxyHandler.create(proxy);
            for (String prefix : service.prefixes()) {
                router.route(prefix).handler(handler);
                router.route(prefix + "/*").handler(handler);
                LOG.infof("Route %s/** -> %s (%s)", prefix, url, name);
            }
        });
    }

    private static void requireAuthenticated(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            ctx.next();
        } else {
            ctx.fail(new UnauthorizedException());
        }
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
