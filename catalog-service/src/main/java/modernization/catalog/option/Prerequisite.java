package modernization.catalog.option;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.TextLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What must be in place before an option can work, naming the readiness criterion that measures it. */
@Schema(name = "PrerequisiteInput")
public record Prerequisite(
        @NotNull @Pattern(regexp = "^[A-Z]+\\.[A-Z0-9_]+$", message = "{modernization.catalog.criterion-code-pattern}")
        @Schema(example = "LEGAL.MERIT_RECRUITMENT_LAW") String criterionCode,
        @NotNull @Valid @TextLength(max = 1000) LocalizedText description) {
}
