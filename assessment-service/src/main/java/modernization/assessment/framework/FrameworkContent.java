package modernization.assessment.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.TextLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of a framework version: areas of criteria, each scored on six levels. */
public final class FrameworkContent {

    private FrameworkContent() {
    }

    /** A readiness area, e.g. the legal basis; its weight counts in the overall score. */
    @Schema(name = "AreaInput")
    public record Area(
            @NotNull @Pattern(regexp = "^[A-Z][A-Z_]{1,31}$") @Schema(example = "LEGAL") String code,
            @NotNull @Valid @TextLength(max = 200) LocalizedText name,
            @NotNull @Min(1) @Max(10) @Schema(example = "1") Integer weight,
            @NotNull @Size(max = 4) List<@NotNull String> pillars,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Criterion> criteria) {
    }

    /** A question a ministry answers with a level from 0 (absent) to 5 (fully established and reviewed). */
    @Schema(name = "CriterionInput")
    public record Criterion(
            @NotNull @Pattern(regexp = "^[A-Z]+\\.[A-Z0-9_]+$", message = "must look like AREA.CRITERION")
            @Schema(example = "LEGAL.CIVIL_SERVICE_LAW") String code,
            @NotNull @Valid @TextLength(max = 500) LocalizedText question,
            @NotNull @Min(1) @Max(3) @Schema(example = "3") Integer weight,
            @NotNull Boolean evidenceRequired,
            @Valid @TextLength(max = 500) LocalizedText evidenceGuidance,
            @NotNull @Size(min = 6, max = 6, message = "must describe the six levels 0 to 5")
            List<@NotNull @Valid Level> levels) {
    }

    /** What a level means for one criterion. */
    @Schema(name = "LevelInput")
    public record Level(@NotNull @Min(0) @Max(5) Integer level, @NotNull @Valid @TextLength(max = 500) LocalizedText descriptor) {
    }

    public static Stream<Criterion> criteria(List<Area> areas) {
        return areas.stream().flatMap(a -> a.criteria().stream());
    }

    public static Optional<Criterion> criterion(List<Area> areas, String code) {
        return criteria(areas).filter(c -> c.code().equals(code)).findFirst();
    }
}
