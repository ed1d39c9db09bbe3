package modernization.common.persistence;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Runs the Flyway migrations and the seed loaders when the service starts, and keeps retrying
 * while PostgreSQL is unreachable instead of failing the start: the service then reports
 * not-ready and becomes ready by itself once the database is back.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);

    @Inject
    Flyway flyway;

    @Inject
    Event<SchemaReady> schemaReady;

    @ConfigProperty(name = "modernization.schema.retry-interval", defaultValue = "3s")
    Duration retryInterval;

    private volatile boolean ready;
    private volatile String lastError = "not migrated yet";
    private ScheduledExecutorService retries;

    void onStart(@Observes StartupEvent start) {
        if (!attempt()) {
            retries = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "schema-migrator");
                thread.setDaemon(true);
                return thread;
            });
            retries.scheduleWithFixedDelay(() -> {
                if (attempt()) {
                    retries.shutdown();
                }
            }, retryInterval.toMillis(), retryInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    private synchronized boolean attempt() {
        if (ready) {
            return true;
        }
        try {
            var result = flyway.migrate();
            schemaReady.fire(new SchemaReady());
            ready = true;
            LOG.infof("Database schema at version %s; seed content in place", result.targetSchemaVersion != null
                    ? result.targetSchemaVersion : result.initialSchemaVersion);
            return true;
        } catch (RuntimeException e) {
            lastError = rootMessage(e);
            LOG.warnf("Database not ready (%s); retrying every %s", lastError, retryInterval);
            return false;
        }
    }

    public boolean isReady() {
        return ready;
    }

    public String lastError() {
        return lastError;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
