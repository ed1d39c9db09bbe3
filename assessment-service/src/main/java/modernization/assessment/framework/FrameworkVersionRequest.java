package modernization.assessment.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of a framework version. */
@Schema(name = "FrameworkVersionRequest")
public record FrameworkVersionRequest(
        @NotNull @Size(min = 1, max = 20) List<FrameworkContent.@NotNull @Valid Area> areas) {
}
