package modernization.assessment.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import modernization.assessment.assessment.Answer;
import modernization.assessment.framework.FrameworkContent;

/**
 * Scoring as DOMAIN.md defines it. Deterministic: the same answers always give the same score.
 * <ul>
 *   <li>area score = 100 × Σ(weight × level) / Σ(weight × 5) over the area's criteria (an
 *       unanswered criterion counts as level 0);</li>
 *   <li>overall = mean of the area scores weighted by area weight;</li>
 *   <li>level from the unrounded overall: below 25 NASCENT, 50 EMERGING, 75 ESTABLISHED, else ADVANCED;</li>
 *   <li>gaps = criteria answered below level 3, by weight (high first), then level (low first);</li>
 *   <li>evidence completeness = answered criteria needing evidence that have it / criteria needing evidence.</li>
 * </ul>
 */
public final class Scoring {

    static final int GAP_BELOW = 3;
    static final int MAX_LEVEL = 5;

    private Scoring() {
    }

    public static ReadinessScore score(List<FrameworkContent.Area> areas, List<Answer> answers) {
        Map<String, Answer> byCriterion = answers.stream()
                .collect(Collectors.toMap(Answer::criterionCode, Function.identity(), (a, b) -> a));
        List<ReadinessScore.AreaScore> areaScores = new ArrayList<>();
        List<ReadinessScore.Gap> gaps = new ArrayList<>();
        int needEvidence = 0;
        int haveEvidence = 0;
        int answered = 0;
        int criteria = 0;
        double weightedSum = 0;
        int weightSum = 0;
        for (FrameworkContent.Area area : areas) {
            long points = 0;
            long maximum = 0;
            int areaAnswered = 0;
            for (FrameworkContent.Criterion criterion : area.criteria()) {
                criteria++;
                Answer answer = byCriterion.get(criterion.code());
                maximum += (long) criterion.weight() * MAX_LEVEL;
                if (criterion.evidenceRequired()) {
                    needEvidence++;
                }
                if (answer == null) {
                    continue;
                }
                answered++;
                areaAnswered++;
                points += (long) criterion.weight() * answer.level();
                if (criterion.evidenceRequired() && answer.hasEvidence()) {
                    haveEvidence++;
                }
                if (answer.level() < GAP_BELOW) {
                    gaps.add(new ReadinessScore.Gap(criterion.code(), area.code(), criterion.weight(), answer.level()));
                }
            }
            double score = maximum == 0 ? 0 : 100.0 * points / maximum;
            areaScores.add(new ReadinessScore.AreaScore(area.code(), area.weight(), score, areaAnswered,
                    area.criteria().size()));
            weightedSum += area.weight() * score;
            weightSum += area.weight();
        }
        double overall = weightSum == 0 ? 0 : weightedSum / weightSum;
        gaps.sort(Comparator.comparingInt(ReadinessScore.Gap::weight).reversed()
                .thenComparingInt(ReadinessScore.Gap::level)
                .thenComparing(ReadinessScore.Gap::criterionCode));
        double evidence = needEvidence == 0 ? 1.0 : (double) haveEvidence / needEvidence;
        return new ReadinessScore(overall, ReadinessLevel.of(overall), areaScores, gaps, evidence, answered, criteria);
    }

    /** One decimal, half up, for display only. */
    public static double display(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
