package modernization.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Quarkus's own request-target check off: that check answers a target
 * {@link java.net.URI} rejects (raw UTF-8 in a query, a stray {@code %}) with an empty 400 before
 * any filter runs, without a request id. {@link modernization.gateway.routing.RequestTargetFilter}
 * makes the same check and answers problem+json. Set here, before Quarkus reads the flag, so that
 * no JVM option (which a deployment may override) is needed.
 */
@QuarkusMain
public final class GatewayMain {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private GatewayMain() {
    }

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
