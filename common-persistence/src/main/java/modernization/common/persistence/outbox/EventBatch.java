package modernization.common.persistence.outbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The events the relay hands over in one request, oldest first. */
public record EventBatch(@NotNull @Size(max = 500) List<@NotNull @Valid RelayedEvent> events) {
}
