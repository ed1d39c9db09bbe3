package modernization.assessment.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ministry's answer to one criterion: its level, the evidence for it, and a comment. */
@Schema(name = "Answer")
public record Answer(
        @NotNull @Size(max = 100) @Schema(example = "LEGAL.CIVIL_SERVICE_LAW") String criterionCode,
        @NotNull @Min(value = 0, message = "{modernization.assessment.level-range}") @Max(value = 5, message = "{modernization.assessment.level-range}")
        @Schema(example = "3") Integer level,
        @Size(max = 10000) @Schema(example = "Civil Service Law No. 24 of 1960, art. 12; Council of Ministers decision 2025/118", nullable = true)
        String evidence,
        @Size(max = 2000) @Schema(nullable = true) String comment) {

    public boolean hasEvidence() {
        return evidence != null && !evidence.isBlank();
    }
}
