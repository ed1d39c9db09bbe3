package modernization.common.persistence.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import modernization.common.paging.PageRequest;

/** Records every create and change in the transaction that makes it, so the trail and the data agree. */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    public record Page(List<AuditEntry> items, long total) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entityType, String entityId, Map<String, Object> details) {
        new AuditEvent(clock.instant(), actor, action, entityType, entityId, details).persist();
    }

    public Page list(String entityType, String entityId, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (entityType != null) {
            where.append(" and entityType = :type");
            params.and("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :id");
            params.and("id", entityId);
        }
        var query = AuditEvent.<AuditEvent>find(where.toString(), Sort.descending("occurredAt").and("id"), params);
        return new Page(query.page(page.page, page.size).list().stream().map(AuditEntry::of).toList(), query.count());
    }
}
