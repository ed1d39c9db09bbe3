package modernization.assessment.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's comment, on the whole assessment or on one criterion. */
@Schema(name = "ReviewComment")
public record ReviewComment(
        @Size(max = 100) @Schema(example = "MERIT.OPEN_ADVERTISING") String criterionCode,
        @NotBlank @Size(max = 2000) @Schema(example = "Attach the vacancy notices of 2026.") String text) {
}
