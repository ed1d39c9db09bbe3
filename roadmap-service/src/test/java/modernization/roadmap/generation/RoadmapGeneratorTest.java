package modernization.roadmap.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import modernization.common.i18n.LocalizedText;
import modernization.roadmap.generation.RoadmapGenerator.GapInput;
import modernization.roadmap.generation.RoadmapGenerator.MinistryInput;
import modernization.roadmap.generation.RoadmapGenerator.OptionInput;
import modernization.roadmap.generation.RoadmapGenerator.StepInput;
import org.junit.jupiter.api.Test;

/** The rules of DOMAIN.md section 3, one by one. */
class RoadmapGeneratorTest {

    private static final OptionInput BOARD = new OptionInput("ENTRY_BOARD", text("Independent board"),
            List.of("ACCOUNTABILITY_PERFORMANCE"), List.of(
                    new StepInput("ADOPT_LAW", text("Adopt the law"), 9, List.of(), Phase.FOUNDATION),
                    new StepInput("CONSTITUTE", text("Constitute the board"), 3, List.of("ADOPT_LAW"), Phase.FOUNDATION),
                    new StepInput("PILOT_SELECTION", text("Pilot selections"), 6, List.of("CONSTITUTE"), Phase.PILOT),
                    new StepInput("EVALUATE", text("Evaluate the board"), 4, List.of(), Phase.INSTITUTIONALIZE)));
    private static final MinistryInput READY = new MinistryInput("MOP-KRG", "ESTABLISHED", 62.5,
            List.of(new GapInput("MERIT.APPEALS", 2)));
    private static final MinistryInput NOT_READY = new MinistryInput("MOH-KRG", "EMERGING", 31.0,
            List.of(new GapInput("LEGAL.CIVIL_SERVICE_LAW", 0), new GapInput("HRIS.EMPLOYEE_RECORDS", 1)));

    @Test
    void optionStepsBecomeCentralActivitiesOfTheirPhaseWithMonthsAsThirtyDays() {
        Map<String, PlannedActivity> plan = plan();
        PlannedActivity law = plan.get("ENTRY_BOARD.ADOPT_LAW");
        assertEquals(Phase.FOUNDATION, law.phase());
        assertEquals("CENTRAL", law.owner());
        assertEquals(270, law.durationDays());
        assertEquals("ACCOUNTABILITY_PERFORMANCE", law.pillar());
        assertEquals(List.of("ENTRY_BOARD.ADOPT_LAW"), plan.get("ENTRY_BOARD.CONSTITUTE").dependsOn());
    }

    @Test
    void aLaterPhaseStepWaitsForTheMilestoneOfThePhaseBefore() {
        Map<String, PlannedActivity> plan = plan();
        assertEquals(List.of("ENTRY_BOARD.CONSTITUTE", "MS.FOUNDATION"), plan.get("ENTRY_BOARD.PILOT_SELECTION").dependsOn());
        assertEquals(List.of("MS.SCALE_UP"), plan.get("ENTRY_BOARD.EVALUATE").dependsOn());
    }

    @Test
    void establishedMinistriesPilotAndOthersScaleUpAfterThePilotAndTheirGaps() {
        Map<String, PlannedActivity> plan = plan();
        PlannedActivity pilot = plan.get("ROLLOUT.MOP-KRG");
        assertEquals(Phase.PILOT, pilot.phase());
        assertEquals("MOP-KRG", pilot.owner());
        assertEquals(List.of("MS.FOUNDATION", "CAP.MOP-KRG.MERIT.APPEALS"), pilot.dependsOn());
        PlannedActivity later = plan.get("ROLLOUT.MOH-KRG");
        assertEquals(Phase.SCALE_UP, later.phase());
        assertEquals(List.of("MS.FOUNDATION", "MS.PILOT", "CAP.MOH-KRG.HRIS.EMPLOYEE_RECORDS",
                "CAP.MOH-KRG.LEGAL.CIVIL_SERVICE_LAW"), later.dependsOn());
    }

    @Test
    void oneCapacityActivityPerGapLongerForLowerLevels() {
        Map<String, PlannedActivity> plan = plan();
        assertEquals(90, plan.get("CAP.MOH-KRG.LEGAL.CIVIL_SERVICE_LAW").durationDays());
        assertEquals(60, plan.get("CAP.MOH-KRG.HRIS.EMPLOYEE_RECORDS").durationDays());
        assertEquals(30, plan.get("CAP.MOP-KRG.MERIT.APPEALS").durationDays());
        assertEquals("MOH-KRG", plan.get("CAP.MOH-KRG.LEGAL.CIVIL_SERVICE_LAW").owner());
    }

    @Test
    void aMilestoneClosesEveryPhaseAfterThePhaseBefore() {
        Map<String, PlannedActivity> plan = plan();
        for (Phase phase : Phase.values()) {
            PlannedActivity milestone = plan.get(phase.milestone());
            assertEquals(0, milestone.durationDays());
            assertEquals(PlannedActivity.Kind.MILESTONE, milestone.kind());
        }
        assertTrue(plan.get("MS.PILOT").dependsOn().containsAll(List.of("MS.FOUNDATION", "ROLLOUT.MOP-KRG",
                "ENTRY_BOARD.PILOT_SELECTION", "CAP.MOP-KRG.MERIT.APPEALS")));
        assertTrue(plan.get("MS.INSTITUTIONALIZE").dependsOn().containsAll(List.of("REVIEW.SES_DESIGN",
                "ENTRY_BOARD.EVALUATE")));
    }

    @Test
    void theSameInputsInAnyOrderGiveTheSamePlan() {
        assertEquals(RoadmapGenerator.plan(List.of(BOARD), List.of(READY, NOT_READY)),
                RoadmapGenerator.plan(List.of(BOARD), List.of(NOT_READY, READY)));
    }

    private static Map<String, PlannedActivity> plan() {
        return RoadmapGenerator.plan(List.of(BOARD), List.of(READY, NOT_READY)).stream()
                .collect(Collectors.toMap(PlannedActivity::code, Function.identity()));
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en, "عربي", "کوردی");
    }
}
