package modernization.common.persistence.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event written in the transaction of its change, until the relay has handed it to webhook-service. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Also the event's id at webhook-service, and so every delivery's {@code webhook-id}. */
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    /** The path of the resource, e.g. {@code /api/v1/assessments/{id}}. */
    @Column(nullable = false, updatable = false)
    public String resource;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, Object> data;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public EventAudience audience;

    @Column(name = "relayed_at")
    public Instant relayedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String type, String resource, Map<String, Object> data, EventAudience audience, Instant now) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.resource = resource;
        this.data = new java.util.LinkedHashMap<>(data); // a value may be null (a government assessment has no ministry)
        this.audience = audience;
        this.occurredAt = now;
    }
}
