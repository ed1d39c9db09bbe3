package modernization.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where the merged document's security scheme points, and how often the services' documents are read. */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    @WithDefault("PT30S")
    Duration refresh();

    /** Keycloak's discovery document, as browsers reach it. */
    String oidcDiscoveryUrl();

    /** Told to Swagger UI's readers after how to log in, e.g. the local demo's accounts; none in a cluster. */
    Optional<String> loginHint();
}
