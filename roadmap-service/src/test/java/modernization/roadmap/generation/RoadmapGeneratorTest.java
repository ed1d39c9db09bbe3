package modernization.roadmap.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import modernization.common.i18n.LocalizedText;
import modernization.roadmap.generation.RoadmapGenerator.GapInput;
import modernization.roadmap.generation.RoadmapGenerator.GovernmentInput;
import modernization.roadmap.generation.RoadmapGenerator.MinistryInput;
import modernization.roadmap.generation.RoadmapGenerator.OptionInput;
import modernization.roadmap.generation.RoadmapGenerator.StepInput;
import modernization.roadmap.schedule.CriticalPath;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.Task;
import org.junit.jupiter.api.Test;

/**
 * The rules of DOMAIN.md section 3, one by one, against plans computed by hand. The fixture: an
 * independent board (a 9-month law; prerequisites: the merit recruitment law, a government
 * criterion, and open advertising, a ministry one), fixed terms (a 12-month law) and a competency
 * framework (no law); the government has a gap on the merit recruitment law (level 1) and one on
 * the central HR body (level 2, no option needs it); MOP-KRG is ESTABLISHED with a gap on open
 * advertising (level 2) and one on employee records (level 1); MOH-KRG is EMERGING with a gap on
 * employee records (level 0).
 */
class RoadmapGeneratorTest {

    private static final OptionInput BOARD = new OptionInput("ENTRY_BOARD", names("Independent selection board"),
            List.of("MANAGING_IDENTITY", "ACCOUNTABILITY_PERFORMANCE"),
            List.of("LEGAL.MERIT_RECRUITMENT_LAW", "MERIT.OPEN_ADVERTISING"), List.of(
                    new StepInput("ADOPT_LAW", names("Adopt the board law"), 9, List.of(), Phase.FOUNDATION, "LEGISLATION"),
                    new StepInput("CONSTITUTE", names("Constitute the board"), 3, List.of("ADOPT_LAW"), Phase.FOUNDATION,
                            "INSTITUTION"),
                    new StepInput("PILOT_SELECTION", names("Pilot selections"), 6, List.of("CONSTITUTE"), Phase.PILOT,
                            "ROLLOUT"),
                    new StepInput("EVALUATE", names("Evaluate the board"), 4, List.of(), Phase.INSTITUTIONALIZE, "REVIEW")));
    private static final OptionInput TENURE = new OptionInput("TENURE_FIXED", names("Fixed-term appointments"),
            List.of("CITIZEN_ENGAGEMENT"), List.of(), List.of(
                    new StepInput("ADOPT_TERM_LAW", names("Adopt the fixed-term law"), 12, List.of(), Phase.FOUNDATION,
                            "LEGISLATION"),
                    new StepInput("CONTRACTS", names("Issue the contract template"), 2, List.of("ADOPT_TERM_LAW"),
                            Phase.FOUNDATION, "REGULATION")));
    private static final OptionInput COMPETENCY = new OptionInput("COMPETENCY_FRAMEWORK", names("Leadership competency framework"),
            List.of("COLLABORATION"), List.of("LEADERSHIP.COMPETENCY_FRAMEWORK"), List.of(
                    new StepInput("DRAFT", names("Draft the framework"), 4, List.of(), Phase.FOUNDATION, "REGULATION"),
                    new StepInput("PILOT_USE", names("Use it in pilot selections"), 3, List.of("DRAFT"), Phase.PILOT,
                            "TRAINING")));
    private static final GovernmentInput GOVERNMENT = new GovernmentInput("EMERGING", 41.25, List.of(
            new GapInput("LEGAL.MERIT_RECRUITMENT_LAW", names("Merit recruitment law"), "MANAGING_IDENTITY", 1),
            new GapInput("INSTITUTIONS.CENTRAL_HR_BODY", names("Central HR body"), "COLLABORATION", 2)));
    private static final MinistryInput READY = new MinistryInput("MOP-KRG", names("Ministry of Planning"), "ESTABLISHED",
            62.5, List.of(new GapInput("MERIT.OPEN_ADVERTISING", names("Open advertising of senior posts"),
                    "MANAGING_IDENTITY", 2),
            new GapInput("HRIS.EMPLOYEE_RECORDS", names("Employee records"), "ACCOUNTABILITY_PERFORMANCE", 1)));
    private static final MinistryInput NOT_READY = new MinistryInput("MOH-KRG", names("Ministry of Health"), "EMERGING",
            31.0, List.of(new GapInput("HRIS.EMPLOYEE_RECORDS", names("Employee records"), "ACCOUNTABILITY_PERFORMANCE", 0)));

    @Test
    void aGovernmentGapIsOneCentralFoundationActivityOfItsAreasPillar() {
        Map<String, PlannedActivity> plan = plan();
        PlannedActivity law = plan.get("CAP.GOVERNMENT.LEGAL.MERIT_RECRUITMENT_LAW");
        assertEquals(Phase.FOUNDATION, law.phase());
        assertEquals(PlannedActivity.Kind.CAPACITY, law.kind());
        assertEquals("CENTRAL", law.owner());
        assertEquals("MANAGING_IDENTITY", law.pillar());
        assertEquals(60, law.durationDays());
        assertEquals(List.of(), law.dependsOn());
        assertEquals("Close the government's gap: Merit recruitment law", law.name().en());
        assertEquals(30, plan.get("CAP.GOVERNMENT.INSTITUTIONS.CENTRAL_HR_BODY").durationDays());
        // no ministry plans for what the government answers
        assertTrue(plan.keySet().stream().noneMatch(code -> code.startsWith("CAP.MOP-KRG.LEGAL")));
    }

    @Test
    void theLawsOfAllOptionsAreOnePackageAsLongAsTheLongestPlusTheMarginThatTheStepsNeedingThemWaitFor() {
        Map<String, PlannedActivity> plan = plan();
        PlannedActivity laws = plan.get("LEGISLATIVE_PACKAGE");
        assertEquals(PlannedActivity.Kind.LEGISLATION, laws.kind());
        assertEquals(Phase.FOUNDATION, laws.phase());
        assertEquals(12 * 30 + 90, laws.durationDays());
        assertEquals("CITIZEN_ENGAGEMENT", laws.pillar(), "the longest law's option's first pillar");
        assertEquals("Pass the legislative package: Adopt the board law; Adopt the fixed-term law", laws.name().en());
        assertFalse(plan.containsKey("ENTRY_BOARD.ADOPT_LAW"));
        assertFalse(plan.containsKey("TENURE_FIXED.ADOPT_TERM_LAW"));
        assertEquals(List.of("LEGISLATIVE_PACKAGE"), plan.get("ENTRY_BOARD.CONSTITUTE").dependsOn());
        assertEquals(List.of("LEGISLATIVE_PACKAGE"), plan.get("TENURE_FIXED.CONTRACTS").dependsOn());
    }

    @Test
    void theLegislativePackageNamesTheLawsOfTheGovernmentItAmendsOnceAndThoseItAddsANewLawUnder() {
        RoadmapGenerator.LawChange civilService = new RoadmapGenerator.LawChange("KRG_CIVIL_SERVICE_LAW",
                names("Civil Service Law"), true);
        RoadmapGenerator.LawChange assembly = new RoadmapGenerator.LawChange("KRG_DECISION_11",
                names("Decision No. 11 of 1992"), false);
        OptionInput board = new OptionInput(BOARD.code(), BOARD.title(), BOARD.pillars(), BOARD.prerequisites(),
                BOARD.steps(), List.of(civilService, assembly));
        OptionInput tenure = new OptionInput(TENURE.code(), TENURE.title(), TENURE.pillars(), TENURE.prerequisites(),
                TENURE.steps(), List.of(civilService));
        OptionInput competency = new OptionInput(COMPETENCY.code(), COMPETENCY.title(), COMPETENCY.pillars(),
                COMPETENCY.prerequisites(), COMPETENCY.steps(), List.of(new RoadmapGenerator.LawChange("KRG_OTHER",
                        names("A law no packaged step touches"), true)));
        PlannedActivity laws = byCode(RoadmapGenerator.plan(List.of(board, tenure, competency), GOVERNMENT,
                List.of(READY, NOT_READY), RoadmapGenerator.Rules.defaults())).get("LEGISLATIVE_PACKAGE");
        assertEquals("Pass the legislative package: Adopt the board law; Adopt the fixed-term law (amends Civil Service Law)"
                + " (new law, with regard to Decision No. 11 of 1992)", laws.name().en());
        assertEquals("إقرار الحزمة التشريعية: Adopt the board law عربي؛ Adopt the fixed-term law عربي (تعديل Civil Service Law عربي)"
                + " (قانون جديد، مع مراعاة Decision No. 11 of 1992 عربي)", laws.name().ar());
    }

    @Test
    void aGovernmentGapOnAnOptionsPrerequisiteHoldsItsCentralStepsAndSaysWhy() {
        Map<String, PlannedActivity> plan = plan();
        PlannedActivity laws = plan.get("LEGISLATIVE_PACKAGE");
        assertEquals(List.of("CAP.GOVERNMENT.LEGAL.MERIT_RECRUITMENT_LAW"), laws.dependsOn());
        assertEquals("Waits until the government's gap on Merit recruitment law is closed (a prerequisite of "
                + "Independent selection board).", laws.reason().en());
        assertEquals(List.of(), plan.get("COMPETENCY_FRAMEWORK.DRAFT").dependsOn(), "no gap on its prerequisite");
        assertNull(plan.get("COMPETENCY_FRAMEWORK.DRAFT").reason());
    }

    @Test
    void aPilotStepWaitsForItsOwnOptionsFoundationWorkOnly() {
        Map<String, PlannedActivity> plan = plan();
        assertEquals(List.of("ENTRY_BOARD.CONSTITUTE"), plan.get("ENTRY_BOARD.PILOT_SELECTION").dependsOn());
        assertEquals(List.of("COMPETENCY_FRAMEWORK.DRAFT"), plan.get("COMPETENCY_FRAMEWORK.PILOT_USE").dependsOn());
        assertEquals(List.of("MS.SCALE_UP"), plan.get("ENTRY_BOARD.EVALUATE").dependsOn());
    }

    @Test
    void anEstablishedMinistryRollsOutEachOptionAfterItsFoundationWorkAndItsGapsOnThatOptionsPrerequisites() {
        Map<String, PlannedActivity> plan = plan();
        PlannedActivity board = plan.get("ROLLOUT.MOP-KRG.ENTRY_BOARD");
        assertEquals(Phase.PILOT, board.phase());
        assertEquals("MOP-KRG", board.owner());
        assertEquals("MANAGING_IDENTITY", board.pillar());
        assertEquals(List.of("ENTRY_BOARD.CONSTITUTE", "CAP.MOP-KRG.MERIT.OPEN_ADVERTISING"), board.dependsOn());
        assertEquals("Waits until the gap on Open advertising of senior posts is closed (a prerequisite of "
                + "Independent selection board).", board.reason().en());
        assertEquals("Roll out Independent selection board in the Ministry of Planning", board.name().en());
        // its gap on employee records is no prerequisite: it is closed alongside
        assertEquals(List.of("COMPETENCY_FRAMEWORK.DRAFT"), plan.get("ROLLOUT.MOP-KRG.COMPETENCY_FRAMEWORK").dependsOn());
        assertNull(plan.get("ROLLOUT.MOP-KRG.COMPETENCY_FRAMEWORK").reason());
        assertEquals("COLLABORATION", plan.get("ROLLOUT.MOP-KRG.COMPETENCY_FRAMEWORK").pillar());
        assertEquals(List.of("TENURE_FIXED.CONTRACTS"), plan.get("ROLLOUT.MOP-KRG.TENURE_FIXED").dependsOn());
        assertEquals("CITIZEN_ENGAGEMENT", plan.get("ROLLOUT.MOP-KRG.TENURE_FIXED").pillar());
        PlannedActivity gap = plan.get("CAP.MOP-KRG.HRIS.EMPLOYEE_RECORDS");
        assertEquals(Phase.PILOT, gap.phase());
        assertEquals(60, gap.durationDays());
        assertEquals(List.of(), gap.dependsOn(), "a ministry closes its gaps from the start");
        assertEquals("ACCOUNTABILITY_PERFORMANCE", gap.pillar());
    }

    @Test
    void aScaleUpMinistryRollsOutAfterThePilotAndAllItsGaps() {
        Map<String, PlannedActivity> plan = plan();
        PlannedActivity rollout = plan.get("ROLLOUT.MOH-KRG.COMPETENCY_FRAMEWORK");
        assertEquals(Phase.SCALE_UP, rollout.phase());
        assertEquals(List.of("MS.PILOT", "CAP.MOH-KRG.HRIS.EMPLOYEE_RECORDS"), rollout.dependsOn());
        assertEquals("Waits until the gap on Employee records is closed (a ministry closes all its gaps before it "
                + "scales up).", rollout.reason().en());
        assertEquals(90, plan.get("CAP.MOH-KRG.HRIS.EMPLOYEE_RECORDS").durationDays());
        assertEquals(Phase.SCALE_UP, plan.get("CAP.MOH-KRG.HRIS.EMPLOYEE_RECORDS").phase());
    }

    @Test
    void theHandComputedScheduleEndsAfterTheScaleUpTheEvaluationAndTheReview() {
        // package 60-510 after the government's law gap; board 510-600; its pilot selections 600-780 close
        // the pilot; scale-up rollouts 780-870; evaluation 870-960, design review 960-1050
        Schedule schedule = schedule(RoadmapGenerator.plan(List.of(BOARD, TENURE, COMPETENCY), GOVERNMENT,
                List.of(READY, NOT_READY), RoadmapGenerator.Rules.defaults()));
        assertEquals(1050, schedule.durationDays());
        assertEquals(510, schedule.tasks().get("LEGISLATIVE_PACKAGE").earliestFinish());
        assertEquals(600, schedule.tasks().get("ROLLOUT.MOP-KRG.ENTRY_BOARD").earliestStart());
        assertEquals(120, schedule.tasks().get("ROLLOUT.MOP-KRG.COMPETENCY_FRAMEWORK").earliestStart(),
                "a pilot of an option without a law does not wait for the laws of the others");
        assertEquals(780, schedule.tasks().get("ROLLOUT.MOH-KRG.COMPETENCY_FRAMEWORK").earliestStart());
        assertEquals(List.of("CAP.GOVERNMENT.LEGAL.MERIT_RECRUITMENT_LAW", "LEGISLATIVE_PACKAGE", "ENTRY_BOARD.CONSTITUTE",
                "ENTRY_BOARD.PILOT_SELECTION"), schedule.criticalPath().subList(0, 4));
    }

    @Test
    void withoutAnEstablishedMinistryTheTwoHighestScoringPilotAfterClosingAllTheirGaps() {
        MinistryInput a = new MinistryInput("MOA-KRG", names("Ministry of Agriculture"), "EMERGING", 40.0,
                List.of(new GapInput("HRIS.EMPLOYEE_RECORDS", names("Employee records"), "ACCOUNTABILITY_PERFORMANCE", 1)));
        MinistryInput b = new MinistryInput("MOB-KRG", names("Ministry of B"), "NASCENT", 20.0, List.of());
        MinistryInput c = new MinistryInput("MOC-KRG", names("Ministry of Culture"), "EMERGING", 45.5, List.of());
        Map<String, PlannedActivity> plan = byCode(RoadmapGenerator.plan(List.of(COMPETENCY),
                new GovernmentInput("EMERGING", 30, List.of()), List.of(a, b, c), RoadmapGenerator.Rules.defaults()));
        assertEquals(Phase.PILOT, plan.get("ROLLOUT.MOC-KRG.COMPETENCY_FRAMEWORK").phase());
        assertEquals(Phase.PILOT, plan.get("ROLLOUT.MOA-KRG.COMPETENCY_FRAMEWORK").phase());
        assertEquals(Phase.SCALE_UP, plan.get("ROLLOUT.MOB-KRG.COMPETENCY_FRAMEWORK").phase());
        PlannedActivity held = plan.get("ROLLOUT.MOA-KRG.COMPETENCY_FRAMEWORK");
        assertEquals(List.of("COMPETENCY_FRAMEWORK.DRAFT", "CAP.MOA-KRG.HRIS.EMPLOYEE_RECORDS"), held.dependsOn());
        assertTrue(held.reason().en().contains("no ministry is established yet"), held.reason().en());
    }

    @Test
    void anAgreementOptionGivesYearlyCyclesFromTheFirstPilotRolloutToTheEnd() {
        OptionInput agreements = new OptionInput("PERF_MINISTER_AGREEMENT", names("Performance agreements with the minister"),
                List.of("ACCOUNTABILITY_PERFORMANCE"), List.of(), List.of(
                        new StepInput("TEMPLATE", names("Agree the template"), 4, List.of(), Phase.FOUNDATION, "REGULATION"),
                        new StepInput("REVIEW_CYCLES", names("Review the cycles"), 24, List.of(), Phase.INSTITUTIONALIZE,
                                "REVIEW")));
        MinistryInput ready = new MinistryInput("MOP-KRG", names("Ministry of Planning"), "ESTABLISHED", 62.5, List.of());
        MinistryInput later = new MinistryInput("MOH-KRG", names("Ministry of Health"), "EMERGING", 31.0, List.of());
        List<PlannedActivity> planned = RoadmapGenerator.plan(List.of(agreements), new GovernmentInput("EMERGING", 30, List.of()),
                List.of(ready, later), RoadmapGenerator.Rules.defaults());
        Map<String, PlannedActivity> plan = byCode(planned);
        // template 0-120, pilot rollout 120-210, scale-up 210-300, the review of the cycles 300-1020:
        // from 210 to 1020 are 810 days, two whole years: two cycles, 210-575 and 575-940, within the end
        assertEquals(List.of("ROLLOUT.MOP-KRG.PERF_MINISTER_AGREEMENT"), plan.get("AGREEMENTS.1").dependsOn());
        assertEquals(List.of("AGREEMENTS.1"), plan.get("AGREEMENTS.2").dependsOn());
        assertFalse(plan.containsKey("AGREEMENTS.3"));
        assertEquals(PlannedActivity.Kind.CYCLE, plan.get("AGREEMENTS.2").kind());
        assertEquals(Phase.INSTITUTIONALIZE, plan.get("AGREEMENTS.2").phase());
        assertEquals(1020, schedule(planned).durationDays());
        assertFalse(byCode(RoadmapGenerator.plan(List.of(COMPETENCY), GOVERNMENT, List.of(ready),
                RoadmapGenerator.Rules.defaults())).containsKey("AGREEMENTS.1"), "no option needs agreements");
    }

    @Test
    void institutionalisationEvaluatesThenReviewsTheDesignAndAMilestoneClosesEveryPhase() {
        Map<String, PlannedActivity> plan = plan();
        assertEquals(List.of("MS.SCALE_UP"), plan.get("EVALUATION.SES").dependsOn());
        assertEquals(List.of("EVALUATION.SES"), plan.get("REVIEW.SES_DESIGN").dependsOn());
        for (Phase phase : Phase.values()) {
            PlannedActivity milestone = plan.get(phase.milestone());
            assertEquals(0, milestone.durationDays());
            assertEquals(PlannedActivity.Kind.MILESTONE, milestone.kind());
        }
        assertTrue(plan.get("MS.PILOT").dependsOn().containsAll(List.of("MS.FOUNDATION", "ROLLOUT.MOP-KRG.ENTRY_BOARD",
                "ENTRY_BOARD.PILOT_SELECTION", "CAP.MOP-KRG.MERIT.OPEN_ADVERTISING")));
    }

    @Test
    void everyActivityHasAPillarAndANameWithoutCodesInEveryLanguage() {
        Set<String> codes = Set.of("MOP-KRG", "MOH-KRG", "ENTRY_BOARD", "TENURE_FIXED", "COMPETENCY_FRAMEWORK",
                "MERIT.OPEN_ADVERTISING", "HRIS.EMPLOYEE_RECORDS", "LEGAL.MERIT_RECRUITMENT_LAW");
        for (PlannedActivity activity : plan().values()) {
            if (activity.kind() != PlannedActivity.Kind.MILESTONE) {
                assertNotNull(activity.pillar(), activity.code());
            }
            for (String name : List.of(activity.name().en(), activity.name().ar(), activity.name().ckb())) {
                assertTrue(codes.stream().noneMatch(name::contains), activity.code() + ": " + name);
            }
        }
        assertEquals("تطبيق Independent selection board عربي في Ministry of Planning عربي",
                plan().get("ROLLOUT.MOP-KRG.ENTRY_BOARD").name().ar());
    }

    @Test
    void aLawThatWaitsForAStepThatWaitsForAnotherLawJoinsThePackageWithoutACycle() {
        OptionInput chained = new OptionInput("CHAINED", names("Chained laws"), List.of("COLLABORATION"), List.of(), List.of(
                new StepInput("FIRST_LAW", names("First law"), 6, List.of(), Phase.FOUNDATION, "LEGISLATION"),
                new StepInput("DECREE", names("Decree under the first law"), 2, List.of("FIRST_LAW"), Phase.FOUNDATION,
                        "REGULATION"),
                new StepInput("SECOND_LAW", names("Second law"), 8, List.of("DECREE"), Phase.FOUNDATION, "LEGISLATION"),
                new StepInput("PREPARE", names("Prepare the drafts"), 1, List.of(), Phase.FOUNDATION, "REGULATION"),
                new StepInput("THIRD_LAW", names("Third law"), 3, List.of("PREPARE"), Phase.FOUNDATION, "LEGISLATION")));
        List<PlannedActivity> planned = RoadmapGenerator.plan(List.of(chained), new GovernmentInput("EMERGING", 30, List.of()),
                List.of(READY), RoadmapGenerator.Rules.defaults());
        Map<String, PlannedActivity> plan = byCode(planned);
        assertEquals(List.of("CHAINED.PREPARE"), plan.get("LEGISLATIVE_PACKAGE").dependsOn());
        assertEquals(List.of("LEGISLATIVE_PACKAGE"), plan.get("CHAINED.DECREE").dependsOn());
        assertEquals(8 * 30 + 90, plan.get("LEGISLATIVE_PACKAGE").durationDays());
        assertEquals(30 + 330 + 60, schedule(planned).tasks().get("CHAINED.DECREE").earliestFinish());
    }

    @Test
    void anOptionWithoutFoundationOrPilotStepsIsStillHeldByAGovernmentGapOnItsPrerequisiteAndSaysSo() {
        OptionInput late = new OptionInput("LATE_ONLY", names("Late reform"), List.of("COLLABORATION"),
                List.of("INSTITUTIONS.CENTRAL_HR_BODY"), List.of(
                        new StepInput("SCALE", names("Scale the reform"), 2, List.of(), Phase.SCALE_UP, "ROLLOUT")));
        Map<String, PlannedActivity> plan = byCode(RoadmapGenerator.plan(List.of(late), GOVERNMENT, List.of(READY),
                RoadmapGenerator.Rules.defaults()));
        assertEquals(List.of("MS.PILOT", "CAP.GOVERNMENT.INSTITUTIONS.CENTRAL_HR_BODY"), plan.get("LATE_ONLY.SCALE").dependsOn());
        assertNotNull(plan.get("LATE_ONLY.SCALE").reason());
        PlannedActivity rollout = plan.get("ROLLOUT.MOP-KRG.LATE_ONLY");
        assertEquals(List.of("CAP.GOVERNMENT.INSTITUTIONS.CENTRAL_HR_BODY"), rollout.dependsOn());
        assertTrue(rollout.reason().en().contains("the government's gap on Central HR body"), rollout.reason().en());
    }

    @Test
    void aScaleUpRolloutNamesItsPrerequisiteGapsAndCountsTheOthers() {
        MinistryInput later = new MinistryInput("MOE-KRG", names("Ministry of Education"), "EMERGING", 30.0, List.of(
                new GapInput("MERIT.OPEN_ADVERTISING", names("Open advertising of senior posts"), "MANAGING_IDENTITY", 1),
                new GapInput("HRIS.EMPLOYEE_RECORDS", names("Employee records"), "ACCOUNTABILITY_PERFORMANCE", 1),
                new GapInput("HRIS.POSITION_REGISTER", names("Position register"), "ACCOUNTABILITY_PERFORMANCE", 2)));
        PlannedActivity rollout = byCode(RoadmapGenerator.plan(List.of(BOARD), GOVERNMENT, List.of(READY, later),
                RoadmapGenerator.Rules.defaults())).get("ROLLOUT.MOE-KRG.ENTRY_BOARD");
        assertEquals(List.of("MS.PILOT", "CAP.MOE-KRG.HRIS.EMPLOYEE_RECORDS", "CAP.MOE-KRG.HRIS.POSITION_REGISTER",
                "CAP.MOE-KRG.MERIT.OPEN_ADVERTISING"), rollout.dependsOn());
        assertEquals("Waits until the gap on Open advertising of senior posts is closed (a prerequisite of Independent "
                + "selection board); its other 2 gaps are closed (a ministry closes all its gaps before it scales up).",
                rollout.reason().en());
        assertEquals("ينتظر سدّ الفجوة في Open advertising of senior posts عربي (شرط مسبق لخيار «Independent selection "
                + "board عربي»)؛ سدّ فجوات الوزارة الأخرى وعددها 2 (تسدّ الوزارة جميع فجواتها قبل التوسع).", rollout.reason().ar());
    }

    @Test
    void aGapNamedTwiceIsClosedOnce() {
        MinistryInput twice = new MinistryInput("MOP-KRG", names("Ministry of Planning"), "ESTABLISHED", 62.5, List.of(
                new GapInput("MERIT.APPEALS", names("Appeals"), "MANAGING_IDENTITY", 2),
                new GapInput("MERIT.APPEALS", names("Appeals"), "MANAGING_IDENTITY", 2)));
        List<PlannedActivity> planned = RoadmapGenerator.plan(List.of(COMPETENCY), GOVERNMENT, List.of(twice),
                RoadmapGenerator.Rules.defaults());
        assertEquals(1, planned.stream().filter(a -> a.code().equals("CAP.MOP-KRG.MERIT.APPEALS")).count());
        schedule(planned);
    }

    @Test
    void theSameInputsInAnyOrderGiveTheSamePlan() {
        RoadmapGenerator.Rules rules = RoadmapGenerator.Rules.defaults();
        assertEquals(RoadmapGenerator.plan(List.of(BOARD, TENURE, COMPETENCY), GOVERNMENT, List.of(READY, NOT_READY), rules),
                RoadmapGenerator.plan(List.of(COMPETENCY, TENURE, BOARD), GOVERNMENT, List.of(NOT_READY, READY), rules));
    }

    private static Map<String, PlannedActivity> plan() {
        return byCode(RoadmapGenerator.plan(List.of(BOARD, TENURE, COMPETENCY), GOVERNMENT, List.of(READY, NOT_READY),
                RoadmapGenerator.Rules.defaults()));
    }

    private static Map<String, PlannedActivity> byCode(List<PlannedActivity> planned) {
        return planned.stream().collect(Collectors.toMap(PlannedActivity::code, Function.identity()));
    }

    private static Schedule schedule(List<PlannedActivity> planned) {
        return CriticalPath.schedule(planned.stream().map(p -> new Task(p.code(), p.durationDays(), p.dependsOn())).toList());
    }

    private static LocalizedText names(String en) {
        return new LocalizedText(en, en + " عربي", en + " کوردی");
    }
}
