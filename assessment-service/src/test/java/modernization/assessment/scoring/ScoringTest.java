package modernization.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import modernization.assessment.assessment.Answer;
import modernization.assessment.framework.FrameworkContent.Area;
import modernization.assessment.framework.FrameworkContent.Criterion;
import modernization.assessment.framework.FrameworkContent.Level;
import modernization.common.i18n.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring by DOMAIN.md, against values computed by hand. */
class ScoringTest {

    private static final double EXACT = 1e-9;

    @Test
    void areaScoresAreWeightedByCriterionAndOverallIsTheMeanOfAreas() {
        // A: 100 × (3×4 + 1×2) / (3×5 + 1×5) = 1400 / 20 = 70; B: 100 × (2×1) / (2×5) = 20; overall (70 + 20) / 2 = 45
        ReadinessScore score = Scoring.score(twoAreas(1, 1), List.of(
                answer("A.X", 4, "law art. 3"), answer("A.Y", 2, null), answer("B.X", 1, null)));
        assertEquals(70.0, score.areas().get(0).score(), EXACT);
        assertEquals(20.0, score.areas().get(1).score(), EXACT);
        assertEquals(45.0, score.overall(), EXACT);
        assertEquals(ReadinessLevel.EMERGING, score.level());
    }

    @Test
    void areaWeightsWeighTheOverallScore() {
        // (3 × 70 + 1 × 20) / 4 = 57.5
        ReadinessScore score = Scoring.score(twoAreas(3, 1), List.of(
                answer("A.X", 4, "x"), answer("A.Y", 2, null), answer("B.X", 1, null)));
        assertEquals(57.5, score.overall(), EXACT);
        assertEquals(ReadinessLevel.ESTABLISHED, score.level());
    }

    @Test
    void gapsAreCriteriaBelowLevelThreeByWeightThenLevel() {
        ReadinessScore score = Scoring.score(twoAreas(1, 1), List.of(
                answer("A.X", 4, "x"), answer("A.Y", 2, null), answer("B.X", 1, null)));
        assertEquals(List.of("B.X", "A.Y"), score.gaps().stream().map(ReadinessScore.Gap::criterionCode).toList());

        Area flat = area("C", 1, criterion("C.P", 2, false), criterion("C.Q", 2, false), criterion("C.R", 3, false),
                criterion("C.S", 1, false));
        ReadinessScore tie = Scoring.score(List.of(flat), List.of(answer("C.P", 2, null), answer("C.Q", 0, null),
                answer("C.R", 3, null), answer("C.S", 0, null)));
        // C.R is at level 3: not a gap; same weight 2: level 0 before level 2
        assertEquals(List.of("C.Q", "C.P", "C.S"), tie.gaps().stream().map(ReadinessScore.Gap::criterionCode).toList());
    }

    @Test
    void evidenceCompletenessCountsCriteriaThatRequireEvidence() {
        // A.X and B.X require evidence; only A.X has it: 1 / 2
        ReadinessScore score = Scoring.score(twoAreas(1, 1), List.of(
                answer("A.X", 4, "x"), answer("A.Y", 2, "not required"), answer("B.X", 1, "  ")));
        assertEquals(0.5, score.evidenceCompleteness(), EXACT);
    }

    @Test
    void unansweredCriteriaCountAsLevelZeroAndMakeTheScoreIncomplete() {
        ReadinessScore score = Scoring.score(twoAreas(1, 1), List.of(answer("A.X", 5, "x")));
        // A: 100 × 15 / 20 = 75; B: 0; overall 37.5
        assertEquals(75.0, score.areas().get(0).score(), EXACT);
        assertEquals(37.5, score.overall(), EXACT);
        assertFalse(score.complete());
        assertEquals(1, score.answered());
        assertEquals(3, score.criteria());
    }

    @Test
    void scoresAreKeptUnroundedAndRoundedToOneDecimalOnlyForDisplay() {
        // 100 × (1×2 + 2×2) / (3×5) = 600 / 15 = 40 ; 100 × (1×3 + 2×2) / 15 = 46.666...
        Area a = area("A", 1, criterion("A.X", 1, false), criterion("A.Y", 2, false));
        ReadinessScore score = Scoring.score(List.of(a), List.of(answer("A.X", 3, null), answer("A.Y", 2, null)));
        assertEquals(700.0 / 15, score.overall(), EXACT);
        assertEquals(46.7, Scoring.display(score.overall()), EXACT);
        assertEquals(0.1, Scoring.display(0.05), EXACT);
    }

    @Test
    void theLevelComesFromTheUnroundedScoreEvenWhenTheDisplayRoundsUp() {
        assertEquals(ReadinessLevel.ESTABLISHED, ReadinessLevel.of(74.96));
        assertEquals(75.0, Scoring.display(74.96), EXACT);
    }

    @ParameterizedTest
    @CsvSource({"0, NASCENT", "24.9, NASCENT", "24.999, NASCENT", "25, EMERGING", "49.9, EMERGING", "50, ESTABLISHED",
        "74.9, ESTABLISHED", "75, ADVANCED", "100, ADVANCED"})
    void levelBoundaries(double overall, ReadinessLevel expected) {
        assertEquals(expected, ReadinessLevel.of(overall));
    }

    @ParameterizedTest
    @CsvSource({"2;1;1;1, 25.0, EMERGING", "1;1;1;1, 20.0, NASCENT", "3;3;2;2, 50.0, ESTABLISHED",
        "4;4;4;3, 75.0, ADVANCED", "4;4;3;3, 70.0, ESTABLISHED"})
    void exactBoundariesReachedByAnswers(String levels, double overall, ReadinessLevel expected) {
        Area a = area("A", 1, criterion("A.P", 1, false), criterion("A.Q", 1, false), criterion("A.R", 1, false),
                criterion("A.S", 1, false));
        String[] l = levels.split(";");
        ReadinessScore score = Scoring.score(List.of(a), List.of(answer("A.P", Integer.parseInt(l[0]), null),
                answer("A.Q", Integer.parseInt(l[1]), null), answer("A.R", Integer.parseInt(l[2]), null),
                answer("A.S", Integer.parseInt(l[3]), null)));
        assertEquals(overall, score.overall(), EXACT);
        assertEquals(expected, score.level());
    }

    @Test
    void theSameAnswersInAnyOrderGiveTheSameScore() {
        List<Answer> answers = new ArrayList<>(List.of(answer("A.X", 4, "x"), answer("A.Y", 2, null), answer("B.X", 1, null)));
        ReadinessScore first = Scoring.score(twoAreas(2, 1), answers);
        Collections.shuffle(answers, new Random(7));
        assertEquals(first, Scoring.score(twoAreas(2, 1), answers));
        assertTrue(first.complete());
    }

    private static List<Area> twoAreas(int weightA, int weightB) {
        return List.of(area("A", weightA, criterion("A.X", 3, true), criterion("A.Y", 1, false)),
                area("B", weightB, criterion("B.X", 2, true)));
    }

    private static Area area(String code, int weight, Criterion... criteria) {
        return new Area(code, text(code), weight, List.of(), List.of(criteria));
    }

    private static Criterion criterion(String code, int weight, boolean evidence) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            levels.add(new Level(i, text("level " + i)));
        }
        return new Criterion(code, null, null, text(code + "?"), weight, evidence, null, levels);
    }

    private static Answer answer(String code, int level, String evidence) {
        return new Answer(code, level, evidence, null);
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en, null, null);
    }
}
