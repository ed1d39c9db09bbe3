package modernization.common.persistence.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import modernization.common.persistence.Coalescing;
import modernization.common.persistence.SchemaMigrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Hands outbox rows to webhook-service, oldest first, at least once: a batch is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (two instances of a service never hand over one row at once) and
 * marked relayed in the same transaction only after webhook-service answered, so a crash or a
 * refusal leaves the rows to the next round; webhook-service recognises an event relayed again
 * by its id. Runs right after each transaction that wrote an event, and every interval.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager em;

    /** Looked up only where the relay is enabled: webhook-service itself has no outbox and no client for it. */
    @Inject
    @RestClient
    Instance<WebhookIntake> intake;

    @Inject
    SchemaMigrator schema;

    @Inject
    Clock clock;

    @ConfigProperty(name = "modernization.outbox.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "modernization.outbox.batch-size", defaultValue = "200")
    int batchSize;

    private final Coalescing relay = new Coalescing(this::relayAll);
    /** Runs a relay after a commit, in no transaction of the caller's (which has just ended). */
    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING).build();
    private volatile String lastFailure;

    @Scheduled(every = "${modernization.outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (enabled) {
            relay.run();
        }
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        if (enabled) {
            executor.execute(relay::run);
        }
    }

    private void relayAll() {
        if (!schema.isReady()) {
            return;
        }
        try {
            while (QuarkusTransaction.requiringNew().call(this::relayBatch) == batchSize) {
                // a full batch: there may be more
            }
            if (lastFailure != null) {
                LOG.infof("Outbox relayed again after: %s", lastFailure);
                lastFailure = null;
            }
        } catch (RuntimeException e) {
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!failure.equals(lastFailure)) { // once per kind of failure, not every second
                LOG.warnf("Outbox not relayed (%s); the rows stay and are relayed on a later round", failure);
            }
            lastFailure = failure;
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        executor.shutdownNow();
    }

    /** One batch handed over and marked relayed; how many rows it had. */
    private int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery("""
                        SELECT * FROM outbox_event WHERE relayed_at IS NULL
                        ORDER BY occurred_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""", OutboxEvent.class)
                .setParameter("limit", batchSize)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        intake.get().accept(new EventBatch(rows.stream().map(RelayedEvent::of).toList()));
        Instant now = clock.instant();
        rows.forEach(row -> row.relayedAt = now);
        return rows.size();
    }
}
