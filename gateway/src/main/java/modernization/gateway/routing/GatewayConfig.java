package modernization.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The route table: each downstream service, where it listens, and the path prefixes it owns. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Map<String, Service> services();

    interface Service {

        /** Base URL of the service, e.g. {@code http://catalog-service:8081}. */
        URI url();

        /** Path prefixes routed to the service, e.g. {@code /api/v1/pillars}. */
        List<String> prefixes();

        /** How long the service may take to start answering before the caller gets 504. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Consecutive failures (unreachable or too slow) after which the service is not called for a while. */
        @WithDefault("5")
        int failuresBeforeOpen();

        /** How long a service that kept failing is not called; then one request tries it again. */
        @WithDefault("PT10S")
        Duration openFor();

        /**
         * How many connections the gateway keeps open to the service at most; further concurrent
         * requests wait for one. (Vert.x's default, 5, made 16 concurrent callers queue at the gateway.)
         */
        @WithDefault("32")
        int connections();
    }
}
