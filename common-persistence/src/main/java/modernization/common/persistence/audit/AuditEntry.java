package modernization.common.persistence.audit;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit event as the API shows it. */
@Schema(name = "AuditEvent")
public record AuditEntry(Instant occurredAt, String actor, @Schema(example = "ASSESSMENT_SUBMITTED") String action,
                         @Schema(example = "assessment") String entityType, String entityId, Map<String, Object> details) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.occurredAt, event.actor, event.action, event.entityType, event.entityId, event.details);
    }
}
