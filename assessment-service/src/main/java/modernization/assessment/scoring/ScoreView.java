package modernization.assessment.scoring;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A readiness score as shown: values rounded to one decimal; the level comes from the unrounded score. */
@Schema(name = "ReadinessScore")
public record ScoreView(
        UUID assessmentId,
        @Schema(example = "MOP-KRG") String ministryCode,
        @Schema(example = "62.5", description = "0 to 100, one decimal") double overall,
        ReadinessLevel level,
        List<AreaView> areas,
        List<GapView> gaps,
        @Schema(example = "87.5", description = "percent of criteria needing evidence that have it") double evidenceCompleteness,
        @Schema(description = "false while criteria are unanswered: they count as level 0") boolean complete,
        int answered,
        int criteria) {

    /** An area's weighted score. */
    @Schema(name = "AreaScore")
    public record AreaView(@Schema(example = "LEGAL") String code, String name, int weight, double score,
                           int answered, int criteria) {
    }

    /** A criterion answered below level 3, in priority order. */
    @Schema(name = "Gap")
    public record GapView(@Schema(example = "MERIT.OPEN_ADVERTISING") String criterionCode, String areaCode,
                          String question, int weight, int level) {
    }
}
