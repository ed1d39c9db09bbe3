package modernization.assessment.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import modernization.assessment.ministry.Government;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Starts an assessment for a period, optionally with first answers: of a ministry ({@code ministryCode})
 * or of a whole government ({@code government}, framework version 2 or later), never both.
 */
@Schema(name = "AssessmentRequest")
public record AssessmentRequest(
        @Size(max = 32) @Schema(example = "MOP-KRG", nullable = true,
                description = "the ministry assessed; leave out for a government assessment") String ministryCode,
        @Schema(nullable = true, description = "the government assessed as a whole (its laws, central bodies, budget); "
                + "leave out for a ministry assessment") Government government,
        @NotNull @Size(max = 64) @Schema(example = "SES-READINESS") String frameworkCode,
        @NotNull @Min(1) @Schema(example = "2") Integer frameworkVersion,
        @NotNull @Pattern(regexp = "^[0-9]{4}(-Q[1-4])?$", message = "{modernization.assessment.period}")
        @Schema(example = "2026-Q4") String period,
        @Size(max = 200) List<@NotNull @Valid Answer> answers) {

    public List<Answer> answersOrEmpty() {
        return answers == null ? List.of() : answers;
    }
}
