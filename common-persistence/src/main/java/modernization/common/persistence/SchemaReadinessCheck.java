package modernization.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the schema is migrated and the seed content loaded. */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    @Inject
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database-schema");
        return migrator.isReady()
                ? response.up().build()
                : response.down().withData("reason", migrator.lastError()).build();
    }
}
