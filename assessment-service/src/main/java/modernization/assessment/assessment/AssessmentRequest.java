package modernization.assessment.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts an assessment of a ministry for a period, optionally with first answers. */
@Schema(name = "AssessmentRequest")
public record AssessmentRequest(
        @NotNull @Size(max = 32) @Schema(example = "MOP-KRG") String ministryCode,
        @NotNull @Size(max = 64) @Schema(example = "SES-READINESS") String frameworkCode,
        @NotNull @Min(1) @Schema(example = "1") Integer frameworkVersion,
        @NotNull @Pattern(regexp = "^[0-9]{4}(-Q[1-4])?$", message = "must be a year or a quarter, e.g. 2026 or 2026-Q4")
        @Schema(example = "2026-Q4") String period,
        @Size(max = 200) List<@NotNull @Valid Answer> answers) {

    public List<Answer> answersOrEmpty() {
        return answers == null ? List.of() : answers;
    }
}
