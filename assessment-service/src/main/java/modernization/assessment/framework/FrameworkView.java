package modernization.assessment.framework;

import java.time.Instant;
import java.util.List;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A framework with its versions, in the served language. */
@Schema(name = "Framework")
public record FrameworkView(
        @Schema(example = "SES-READINESS") String code,
        String name,
        String description,
        List<VersionView> versions,
        @Schema(example = "en") String lang,
        @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    /** One version; {@code areas} is left out of lists. */
    @Schema(name = "FrameworkVersion")
    public record VersionView(@Schema(example = "1") int version,
                              @Schema(description = "true once an assessment uses it: then it never changes") boolean inUse,
                              int criteriaCount, Instant createdAt, String createdBy, Instant updatedAt,
                              @Schema(nullable = true, description = "the criteria by area; null in the list of frameworks (read the version for them)") List<AreaView> areas) {

        static VersionView from(FrameworkVersion v, Language lang, boolean withContent, KnownTranslations known) {
            return new VersionView(v.number, v.inUse, (int) FrameworkContent.criteria(v.areas).count(), v.createdAt,
                    v.createdBy, v.updatedAt,
                    withContent ? v.areas.stream().map(a -> AreaView.from(a, lang, known)).toList() : null);
        }
    }

    /** An area and its criteria. */
    @Schema(name = "Area")
    public record AreaView(@Schema(example = "LEGAL") String code, String name, int weight, List<String> pillars,
                           List<CriterionView> criteria) {

        static AreaView from(FrameworkContent.Area a, Language lang, KnownTranslations known) {
            return new AreaView(a.code(), known.in(a.name(), lang), a.weight(), a.pillars(),
                    a.criteria().stream().map(c -> CriterionView.from(c, lang, known)).toList());
        }
    }

    /** A criterion with its six level descriptors. */
    @Schema(name = "Criterion")
    public record CriterionView(@Schema(example = "LEGAL.CIVIL_SERVICE_LAW") String code,
                                @Schema(example = "Civil service law", nullable = true, description = "from version 2") String name,
                                @Schema(nullable = true, description = "from version 2: GOVERNMENT or MINISTRY") CriterionScope scope,
                                String question, int weight,
                                boolean evidenceRequired, @Schema(nullable = true) String evidenceGuidance, List<LevelView> levels) {

        static CriterionView from(FrameworkContent.Criterion c, Language lang, KnownTranslations known) {
            return new CriterionView(c.code(), known.in(c.name(), lang), c.scope(), known.in(c.question(), lang), c.weight(),
                    c.evidenceRequired(), known.in(c.evidenceGuidance(), lang),
                    c.levels().stream().map(l -> new LevelView(l.level(), known.in(l.descriptor(), lang))).toList());
        }
    }

    /** What a level means. */
    @Schema(name = "Level")
    public record LevelView(@Schema(example = "3") int level, String descriptor) {
    }

    public static FrameworkView from(Framework f, List<FrameworkVersion> versions, Language lang, boolean withContent) {
        KnownTranslations known = withContent ? KnownTranslations.of(versions) : KnownTranslations.none();
        return new FrameworkView(f.code, f.name.in(lang), f.description.in(lang),
                versions.stream().map(v -> VersionView.from(v, lang, withContent, known)).toList(), lang.tag(), lang.direction());
    }
}
