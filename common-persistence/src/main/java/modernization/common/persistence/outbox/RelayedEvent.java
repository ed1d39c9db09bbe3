package modernization.common.persistence.outbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One outbox row as the relay hands it to webhook-service: its id, type and time; the path of the
 * resource it is about (the payload's {@code url} is the public API address and that path); the
 * ids, codes and versions of {@code data}, never free text; and who may read the resource.
 */
public record RelayedEvent(
        @NotNull UUID id,
        @NotBlank String type,
        @NotNull Instant occurredAt,
        @NotNull @Pattern(regexp = "^/api/v1/[A-Za-z0-9/_.-]+$") String resource,
        @NotNull Map<String, Object> data,
        @NotNull @Valid EventAudience audience) {

    static RelayedEvent of(OutboxEvent row) {
        return new RelayedEvent(row.id, row.type, row.occurredAt, row.resource, row.data, row.audience);
    }
}
