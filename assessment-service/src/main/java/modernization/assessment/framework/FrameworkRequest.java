package modernization.assessment.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.TextLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new framework with its first version. */
@Schema(name = "FrameworkRequest")
public record FrameworkRequest(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9-]{1,63}$", message = "{modernization.assessment.framework-code}")
        @Schema(example = "SES-PILOT-CHECK") String code,
        @NotNull @Valid @TextLength(max = 200) LocalizedText name,
        @NotNull @Valid @TextLength(max = 2000) LocalizedText description,
        @NotNull @Size(min = 1, max = 20) List<FrameworkContent.@NotNull @Valid Area> areas) {
}
