package modernization.roadmap.roadmap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress reported on an activity; absent fields stay as they are. */
@Schema(name = "ActivityPatch")
public record ActivityPatch(
        @Schema(example = "IN_PROGRESS") ActivityStatus status,
        @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100")
        @Schema(example = "40") Integer percentComplete,
        @Schema(example = "2027-02-01") LocalDate actualStart,
        @Schema(example = "2027-05-30") LocalDate actualEnd,
        @Size(max = 2000) @Schema(example = "Selection board constituted by decree 2027/4") String note) {
}
