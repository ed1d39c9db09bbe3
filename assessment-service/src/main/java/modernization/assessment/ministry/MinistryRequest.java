package modernization.assessment.ministry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import modernization.common.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ministry to register. */
@Schema(name = "MinistryRequest")
public record MinistryRequest(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9-]{1,31}$", message = "{modernization.assessment.ministry-code}")
        @Schema(example = "MOT-KRG") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull @Schema(example = "KRG") Government government) {
}
