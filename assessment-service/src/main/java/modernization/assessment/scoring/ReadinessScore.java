package modernization.assessment.scoring;

import java.util.List;

/**
 * A computed score, unrounded: scores are compared and stored as computed and rounded only when
 * shown.
 */
public record ReadinessScore(double overall, ReadinessLevel level, List<AreaScore> areas, List<Gap> gaps,
                             double evidenceCompleteness, int answered, int criteria) {

    /** The weighted score of one area, 0 to 100. */
    public record AreaScore(String code, int weight, double score, int answered, int criteria) {
    }

    /** A criterion answered below level 3. */
    public record Gap(String criterionCode, String areaCode, int weight, int level) {
    }

    public boolean complete() {
        return answered == criteria;
    }
}
