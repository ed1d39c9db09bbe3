package modernization.assessment.scoring;

import java.util.List;
import java.util.UUID;
import modernization.assessment.framework.CriterionScope;
import modernization.assessment.ministry.Government;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A readiness score as shown: values rounded to one decimal; the level comes from the unrounded score. */
@Schema(name = "ReadinessScore")
public record ScoreView(
        UUID assessmentId,
        @Schema(example = "MOP-KRG", nullable = true, description = "null for a government's own assessment") String ministryCode,
        Government government,
        @Schema(description = "MINISTRY or GOVERNMENT: whose criteria were answered") CriterionScope subject,
        @Schema(example = "62.5", description = "0 to 100, one decimal") double overall,
        @Schema(example = "62.4583", description = "the overall score unrounded, as compared and stored; show overall")
        double overallUnrounded,
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
    public record GapView(@Schema(example = "MERIT.OPEN_ADVERTISING") String criterionCode,
                          @Schema(example = "Open advertising of senior posts", description = "the criterion's short name; "
                                  + "for a version-1 criterion the name a later version gives it, else its question") String name,
                          @Schema(nullable = true, description = "whose criterion it is (a version-1 criterion: as a later "
                                  + "version scopes it; null when none does)") CriterionScope scope,
                          String areaCode,
                          @Schema(description = "the pillars the criterion's area serves") List<String> pillars,
                          String question, int weight, int level) {
    }
}
