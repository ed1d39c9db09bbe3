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

    /**
     * A question answered with a level from 0 (absent) to 5 (fully established and reviewed). From
     * version 2 of a framework each criterion has a scope, saying whether a government or a ministry
     * answers it, and a short name that gap lists and roadmap activities use.
     */
    @Schema(name = "CriterionInput")
    public record Criterion(
            @NotNull @Pattern(regexp = "^[A-Z]+\\.[A-Z0-9_]+$", message = "{modernization.assessment.criterion-code}")
            @Schema(example = "LEGAL.CIVIL_SERVICE_LAW") String code,
            @Valid @TextLength(max = 120) @Schema(description = "a short name, e.g. \"Civil service law\"; from version 2")
            LocalizedText name,
            @Schema(description = "who answers it: a government or each ministry; from version 2, absent before "
                    + "(every ministry then answers every criterion)") CriterionScope scope,
            @NotNull @Valid @TextLength(max = 500) LocalizedText question,
            @NotNull @Min(1) @Max(3) @Schema(example = "3") Integer weight,
            @NotNull Boolean evidenceRequired,
            @Valid @TextLength(max = 500) LocalizedText evidenceGuidance,
            @NotNull @Size(min = 6, max = 6, message = "{modernization.assessment.levels-size}")
            List<@NotNull @Valid Level> levels) {
    }

    /** What a level means for one criterion. */
    @Schema(name = "LevelInput")
    public record Level(@NotNull @Min(0) @Max(5) Integer level, @NotNull @Valid @TextLength(max = 500) LocalizedText descriptor) {
    }

    /** The areas a subject answers, each with only the criteria of that subject's scope; areas left empty are dropped. */
    public static List<Area> answeredBy(List<Area> areas, CriterionScope subject) {
        if (!scoped(areas)) {
            return subject == CriterionScope.MINISTRY ? areas : List.of();
        }
        return areas.stream()
                .map(a -> new Area(a.code(), a.name(), a.weight(), a.pillars(),
                        a.criteria().stream().filter(c -> c.scope() == subject).toList()))
                .filter(a -> !a.criteria().isEmpty())
                .toList();
    }

    /** True when the criteria carry scopes (framework version 2 on): then governments and ministries answer apart. */
    public static boolean scoped(List<Area> areas) {
        return criteria(areas).anyMatch(c -> c.scope() != null);
    }

    public static Stream<Criterion> criteria(List<Area> areas) {
        return areas.stream().flatMap(a -> a.criteria().stream());
    }

    public static Optional<Criterion> criterion(List<Area> areas, String code) {
        return criteria(areas).filter(c -> c.code().equals(code)).findFirst();
    }
}
