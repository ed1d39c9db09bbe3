package modernization.roadmap.roadmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a roadmap is generated from: the chosen options and the ministries to roll out to. */
@Schema(name = "GenerateRoadmapRequest")
public record GenerateRequest(
        @NotBlank @Size(max = 300) @Schema(example = "KRG Senior Executive Service 2027-2030") String title,
        @NotNull @Schema(example = "KRG") Government government,
        @NotNull @Schema(example = "2027-01-01") LocalDate startDate,
        @NotEmpty(message = "{modernization.roadmap.options-required}")
        @Size(max = 500, message = "{modernization.roadmap.options-size}")
        List<@NotNull UUID> selectedOptionIds,
        @NotNull @Size(max = 200) List<@NotBlank String> ministryCodes) {
}
