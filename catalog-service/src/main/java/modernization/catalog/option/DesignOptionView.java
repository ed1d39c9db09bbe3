package modernization.catalog.option;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.catalog.legal.Jurisdiction;
import modernization.catalog.legal.LegalAction;
import modernization.catalog.legal.RiskScope;
import modernization.catalog.source.Source;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
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
        @Schema(description = "The publications behind the option's statements") List<Source> sources,
        @Schema(description = "Per government, what adopting it takes in law") List<LegalBasisView> legalBasis,
        @Schema(description = "Its risks in the Iraqi context, with sources") List<RiskView> risks,
        OptionStatus status,
        @Schema(description = "Version number of this content", example = "2") int version,
        @Schema(nullable = true, description = "Latest version number (advisers and UNDP staff only; null for other readers)") Integer latestVersion,
        @Schema(nullable = true, description = "Version readers currently see; null before the first publication") Integer publishedVersion,
        String updatedBy,
        Instant updatedAt,
        @Schema(nullable = true) Instant publishedAt,
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

    /** What adopting the option takes in one government's law, in the served language. */
    @Schema(name = "LegalBasis")
    public record LegalBasisView(Jurisdiction government,
                                 @Schema(example = "IQ_FPSC_LAW_4_2009") String instrumentCode,
                                 @Schema(example = "Federal Public Service Council Law No. 4 of 2009") String instrumentTitle,
                                 LegalAction action,
                                 @Schema(nullable = true) String note) {
    }

    /** A risk in the Iraqi context, in the served language. */
    @Schema(name = "Risk")
    public record RiskView(RiskScope government, String description, List<Source> sources) {
    }

    public static DesignOptionView from(DesignOptionVersion v, Language lang, boolean editor,
                                        Map<String, LocalizedText> instrumentTitles) {
        DesignOption option = v.option;
        return new DesignOptionView(option.id, option.code, v.dimension, v.title.in(lang), v.summary.in(lang),
                v.description.in(lang),
                v.pros.stream().map(t -> t.in(lang)).toList(),
                v.cons.stream().map(t -> t.in(lang)).toList(),
                v.prerequisites.stream().map(p -> new PrerequisiteView(p.criterionCode(), p.description().in(lang))).toList(),
                v.implementationSteps.stream().map(s -> new StepView(s.code(), s.title().in(lang), s.durationMonths(),
                        s.dependsOn(), s.phase(), s.kind())).toList(),
                Arrays.asList(v.pillars), Arrays.asList(v.countries), v.sources,
                v.legalBasis.stream().map(b -> new LegalBasisView(b.government(), b.instrumentCode(),
                        instrumentTitles.containsKey(b.instrumentCode()) ? instrumentTitles.get(b.instrumentCode()).in(lang) : null,
                        b.action(),
                        b.note() == null ? null : b.note().in(lang))).toList(),
                v.risks.stream().map(r -> new RiskView(r.government(), r.description().in(lang), r.sources())).toList(),
                v.status, v.number,
                editor ? option.latestVersion : null, option.publishedVersion,
                v.updatedBy, v.updatedAt, v.publishedAt, lang.tag(), lang.direction());
    }
}
