package modernization.catalog.option;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import modernization.common.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a design option as the API shows it, in the served language. */
@Schema(name = "DesignOption")
public record DesignOptionView(
        UUID id,
        @Schema(example = "ENTRY_INDEPENDENT_BOARD") String code,
        @Schema(example = "ENTRY_SELECTION") String dimension,
        @Schema(example = "Independent selection board") String title,
        String summary,
        String description,
        List<String> pros,
        List<String> cons,
        List<PrerequisiteView> prerequisites,
        List<StepView> implementationSteps,
        @Schema(example = "[\"ACCOUNTABILITY_PERFORMANCE\"]") List<String> pillars,
        @Schema(example = "[\"CL\"]") List<String> countries,
        OptionStatus status,
        @Schema(description = "Version number of this content", example = "2") int version,
        @Schema(description = "Latest version number (advisers and UNDP staff only)") Integer latestVersion,
        @Schema(description = "Version readers currently see, if any") Integer publishedVersion,
        String updatedBy,
        Instant updatedAt,
        Instant publishedAt,
        @Schema(example = "en") String lang,
        @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    /** A prerequisite in the served language. */
    @Schema(name = "Prerequisite")
    public record PrerequisiteView(@Schema(example = "LEGAL.MERIT_RECRUITMENT_LAW") String criterionCode,
                                   String description) {
    }

    /** An implementation step in the served language. */
    @Schema(name = "ImplementationStep")
    public record StepView(@Schema(example = "ADOPT_LAW") String code, String title,
                           @Schema(example = "9") int durationMonths, List<String> dependsOn, Phase phase,
                           @Schema(description = "LEGISLATION steps of all chosen options form a roadmap's one legislative package")
                           StepKind kind) {
    }

    public static DesignOptionView from(DesignOptionVersion v, Language lang, boolean editor) {
        DesignOption option = v.option;
        return new DesignOptionView(option.id, option.code, v.dimension, v.title.in(lang), v.summary.in(lang),
                v.description.in(lang),
                v.pros.stream().map(t -> t.in(lang)).toList(),
                v.cons.stream().map(t -> t.in(lang)).toList(),
                v.prerequisites.stream().map(p -> new PrerequisiteView(p.criterionCode(), p.description().in(lang))).toList(),
                v.implementationSteps.stream().map(s -> new StepView(s.code(), s.title().in(lang), s.durationMonths(),
                        s.dependsOn(), s.phase(), s.kind())).toList(),
                Arrays.asList(v.pillars), Arrays.asList(v.countries), v.status, v.number,
                editor ? option.latestVersion : null, option.publishedVersion,
                v.updatedBy, v.updatedAt, v.publishedAt, lang.tag(), lang.direction());
    }
}
