package modernization.common.persistence.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * Where a service writes the events of its changes: in the transaction that makes the change (no
 * change without its event, no event without its change). After the commit the relay hands it
 * to webhook-service at once; if that fails, on its next round.
 */
@ApplicationScoped
public class Outbox {

    /** Fired in the writing transaction; the relay observes it after the commit. */
    public record Written() {
    }

    @Inject
    Clock clock;

    @Inject
    Event<Written> written;

    /**
     * @param type     the event type, e.g. {@code assessment.validated}
     * @param resource the path of the resource, e.g. {@code /api/v1/assessments/…}
     * @param data     ids, codes and versions (never free text); {@code version} orders a resource's events
     * @param audience who may read the resource, so that nobody is told of what they may not read
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String resource, Map<String, Object> data, EventAudience audience) {
        new OutboxEvent(type, resource, data, audience, clock.instant()).persist();
        written.fire(new Written());
    }
}
