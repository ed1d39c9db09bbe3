package modernization.catalog.option;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.TextLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of putting an option in place; roadmaps turn steps into activities. */
@Schema(name = "ImplementationStepInput")
public record ImplementationStep(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{2,63}$", message = "{modernization.catalog.code-pattern}")
        @Schema(example = "ADOPT_LEGAL_BASIS") String code,
        @NotNull @Valid @TextLength(max = 200) LocalizedText title,
        @NotNull @Min(1) @Max(60) @Schema(example = "6") Integer durationMonths,
        @NotNull @Size(max = 20) List<@NotNull String> dependsOn,
        @NotNull @Schema(example = "FOUNDATION") Phase phase,
        @Schema(example = "LEGISLATION", description = "what kind of work it is; when left out: REGULATION in FOUNDATION, "
                + "ROLLOUT in PILOT and SCALE_UP, REVIEW in INSTITUTIONALIZE") StepKind kind) {

    /** A step without a kind takes the default of its phase (steps stored before kinds existed, too). */
    public ImplementationStep {
        if (kind == null && phase != null) {
            kind = StepKind.defaultFor(phase);
        }
    }
}
