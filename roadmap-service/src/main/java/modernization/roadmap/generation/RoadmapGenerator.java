package modernization.roadmap.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import modernization.common.i18n.LocalizedText;
import modernization.roadmap.generation.ActivityNames.Hold;
import modernization.roadmap.generation.ActivityNames.Why;
import modernization.roadmap.schedule.CriticalPath;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.Task;

/**
 * Turns chosen design options, the government's readiness and its ministries' readiness into a
 * phased plan, by the rules of DOMAIN.md section 3. Deterministic: inputs are ordered by code, so
 * the same inputs always give the same activities in the same order.
 * <ul>
 *   <li>FOUNDATION: each option's steps (owner CENTRAL), except its laws, which all chosen options
 *       pass as one legislative package (the longest law plus a margin); one central activity per
 *       gap of the government's own assessment. Where an option's prerequisite is a government gap,
 *       the option's first steps (or the package) wait for the activity closing it.</li>
 *   <li>PILOT: an option's pilot steps wait for that option's foundation work only. Ministries at
 *       ESTABLISHED or above (with none, the two highest-scoring) roll out each option once its
 *       foundation work is done; an ESTABLISHED ministry waits only for its gaps on that option's
 *       prerequisites, a fallback pilot for all its gaps.</li>
 *   <li>SCALE_UP: the other ministries roll out after the pilot and after closing all their gaps.</li>
 *   <li>INSTITUTIONALIZE: yearly performance-agreement cycles from the first pilot rollout to the
 *       end, when a chosen option needs performance agreements; an evaluation; the design review.</li>
 * </ul>
 * Every wait on a gap is in {@code dependsOn} and explained in the activity's {@code reason}.
 */
public final class RoadmapGenerator {

    public static final String CENTRAL_BODY = "CENTRAL";
    public static final String LEGISLATIVE_PACKAGE = "LEGISLATIVE_PACKAGE";
    static final String LEGISLATION = "LEGISLATION";
    static final String AGREEMENTS_CRITERION = "PERFORMANCE.PERFORMANCE_AGREEMENTS";
    public static final int DAYS_PER_MONTH = 30;
    static final int ROLLOUT_DAYS = 90;
    static final int EVALUATION_DAYS = 90;
    static final int REVIEW_DAYS = 90;
    static final int CYCLE_DAYS = 365;
    static final int DAYS_PER_MISSING_LEVEL = 30;
    static final int FALLBACK_PILOTS = 2;
    private static final Set<String> PILOT_LEVELS = Set.of("ESTABLISHED", "ADVANCED");

    private RoadmapGenerator() {
    }

    /**
     * What is configurable: the margin the legislative package adds to its longest law, and the
     * options that are themselves performance agreements (besides those that name agreements as a prerequisite).
     */
    public record Rules(int legislativeMarginDays, Set<String> agreementOptions) {

        public static Rules defaults() {
            return new Rules(3 * DAYS_PER_MONTH, Set.of("PERF_MINISTER_AGREEMENT"));
        }
    }

    /** A chosen option, as published. */
    public record OptionInput(String code, LocalizedText title, List<String> pillars, List<String> prerequisites,
                              List<StepInput> steps, List<LawChange> lawChanges) {

        public OptionInput(String code, LocalizedText title, List<String> pillars, List<String> prerequisites,
                           List<StepInput> steps) {
            this(code, title, pillars, prerequisites, steps, List.of());
        }
    }

    /** A law of the roadmap's government that adopting the option amends, or under which it takes a new law. */
    public record LawChange(String instrumentCode, LocalizedText instrument, boolean amendment) {
    }

    /** One of its implementation steps; {@code kind} as the catalog gives it (LEGISLATION, REGULATION, ...). */
    public record StepInput(String code, LocalizedText title, int durationMonths, List<String> dependsOn, Phase phase,
                            String kind) {
    }

    /** The government's latest validated government assessment: its gaps are on government-scope criteria. */
    public record GovernmentInput(String level, double overall, List<GapInput> gaps) {
    }

    /** A ministry's latest validated readiness: its gaps are on ministry-scope criteria only. */
    public record MinistryInput(String code, LocalizedText name, String level, double overall, List<GapInput> gaps) {
    }

    /** A criterion answered below level 3, with its short name and its area's first pillar. */
    public record GapInput(String criterionCode, LocalizedText name, String pillar, int level) {
    }

    public static List<PlannedActivity> plan(List<OptionInput> options, GovernmentInput government,
                                             List<MinistryInput> ministries, Rules rules) {
        List<OptionInput> sortedOptions = options.stream().sorted(Comparator.comparing(OptionInput::code)).toList();
        List<MinistryInput> sortedMinistries = ministries.stream().sorted(Comparator.comparing(MinistryInput::code)).toList();
        Map<String, GapInput> governmentGaps = government.gaps().stream()
                .sorted(Comparator.comparing(GapInput::criterionCode))
                .collect(Collectors.toMap(GapInput::criterionCode, g -> g, (a, b) -> a, LinkedHashMap::new));

        List<PlannedActivity> plan = new ArrayList<>();
        for (GapInput gap : governmentGaps.values()) {
            plan.add(new PlannedActivity(governmentCapacityCode(gap), Phase.FOUNDATION, PlannedActivity.Kind.CAPACITY,
                    ActivityNames.governmentCapacity(gap.name()), CENTRAL_BODY, gap.pillar(), capacityDays(gap), List.of()));
        }
        Map<String, List<Hold>> centralHolds = new LinkedHashMap<>();
        for (OptionInput option : sortedOptions) {
            centralHolds.put(option.code(), option.prerequisites().stream().distinct().sorted()
                    .filter(governmentGaps::containsKey)
                    .map(code -> new Hold(governmentCapacityCode(governmentGaps.get(code)), governmentGaps.get(code).name(),
                            option.title(), true, Why.PREREQUISITE))
                    .toList());
        }
        Map<String, String> replacedByPackage = legislativePackage(sortedOptions, centralHolds, rules, plan);
        Map<String, List<String>> foundationWork = new LinkedHashMap<>();
        for (OptionInput option : sortedOptions) {
            foundationWork.put(option.code(), steps(option, replacedByPackage, centralHolds.get(option.code()), plan));
        }
        List<String> pilotRollouts = rollouts(sortedOptions, sortedMinistries, foundationWork, centralHolds, plan);

        plan.add(new PlannedActivity("EVALUATION.SES", Phase.INSTITUTIONALIZE, PlannedActivity.Kind.EVALUATION,
                ActivityNames.evaluation(), CENTRAL_BODY, "ACCOUNTABILITY_PERFORMANCE", EVALUATION_DAYS,
                List.of(Phase.SCALE_UP.milestone())));
        plan.add(new PlannedActivity("REVIEW.SES_DESIGN", Phase.INSTITUTIONALIZE, PlannedActivity.Kind.REVIEW,
                ActivityNames.designReview(), CENTRAL_BODY, "MANAGING_IDENTITY", REVIEW_DAYS, List.of("EVALUATION.SES")));
        boolean agreements = sortedOptions.stream().anyMatch(o -> rules.agreementOptions().contains(o.code())
                || o.prerequisites().contains(AGREEMENTS_CRITERION));
        if (agreements && !pilotRollouts.isEmpty()) {
            agreementCycles(plan, pilotRollouts);
        }
        return withMilestones(plan);
    }

    /**
     * The laws of all options as one activity: the longest plus the margin, waiting for what any of
     * them waited for and for the government gaps their options need closed. Answers which step
     * codes it replaces.
     */
    private static Map<String, String> legislativePackage(List<OptionInput> options, Map<String, List<Hold>> centralHolds,
                                                          Rules rules, List<PlannedActivity> plan) {
        Map<String, String> replaced = new LinkedHashMap<>();
        List<LocalizedText> laws = new ArrayList<>();
        Map<String, LawChange> changes = new LinkedHashMap<>();
        StepInput longest = null;
        OptionInput longestOf = null;
        List<Hold> holds = new ArrayList<>();
        for (OptionInput option : options) {
            boolean hasLaw = false;
            for (StepInput step : option.steps()) {
                if (inPackage(step)) {
                    hasLaw = true;
                    replaced.put(stepCode(option, step.code()), LEGISLATIVE_PACKAGE);
                    laws.add(step.title());
                    if (longest == null || step.durationMonths() > longest.durationMonths()) {
                        longest = step;
                        longestOf = option;
                    }
                }
            }
            if (hasLaw) {
                holds.addAll(centralHolds.get(option.code()));
                option.lawChanges().forEach(change -> changes.putIfAbsent(change.instrumentCode(), change));
            }
        }
        if (longest == null) {
            return replaced;
        }
        // what the laws wait for, except work that itself waits for a law: the package absorbs such a chain
        Set<String> deps = new LinkedHashSet<>();
        for (OptionInput option : options) {
            Set<String> afterLaws = afterLaws(option);
            for (StepInput step : option.steps()) {
                if (inPackage(step)) {
                    step.dependsOn().stream().filter(d -> !afterLaws.contains(d)).map(d -> stepCode(option, d))
                            .filter(d -> !replaced.containsKey(d)).forEach(deps::add);
                }
            }
        }
        holds.stream().map(Hold::activity).forEach(deps::add);
        plan.add(new PlannedActivity(LEGISLATIVE_PACKAGE, Phase.FOUNDATION, PlannedActivity.Kind.LEGISLATION,
                ActivityNames.legislativePackage(laws, List.copyOf(changes.values())), CENTRAL_BODY, firstPillar(longestOf),
                longest.durationMonths() * DAYS_PER_MONTH + rules.legislativeMarginDays(), List.copyOf(deps),
                reason(holds)));
        return replaced;
    }

    /**
     * The option's steps other than its laws; answers its foundation work, the activities a pilot
     * of the option waits for: its foundation steps (the package for its laws) that no other of its
     * foundation steps waits for.
     */
    private static List<String> steps(OptionInput option, Map<String, String> replacedByPackage, List<Hold> holds,
                                      List<PlannedActivity> plan) {
        Set<String> foundation = new LinkedHashSet<>();
        Set<String> waitedFor = new LinkedHashSet<>();
        for (StepInput step : option.steps()) {
            if (step.phase() == Phase.FOUNDATION) {
                String code = stepCode(option, step.code());
                foundation.add(replacedByPackage.getOrDefault(code, code));
                step.dependsOn().forEach(d -> waitedFor.add(replacedByPackage.getOrDefault(stepCode(option, d),
                        stepCode(option, d))));
            }
        }
        List<String> work = foundation.stream().filter(code -> !waitedFor.contains(code)).toList();
        boolean early = option.steps().stream().anyMatch(step -> step.phase().ordinal() <= Phase.PILOT.ordinal());
        for (StepInput step : option.steps()) {
            String code = stepCode(option, step.code());
            if (replacedByPackage.containsKey(code)) {
                continue;
            }
            Set<String> deps = new LinkedHashSet<>();
            step.dependsOn().forEach(d -> deps.add(replacedByPackage.getOrDefault(stepCode(option, d), stepCode(option, d))));
            // the option's first central steps wait for the government gaps on its prerequisites
            boolean first = deps.isEmpty() && switch (step.phase()) {
                case FOUNDATION -> true;
                case PILOT -> work.isEmpty();
                default -> !early;
            };
            switch (step.phase()) {
                case FOUNDATION -> { }
                case PILOT -> deps.addAll(work);
                default -> deps.add(Phase.values()[step.phase().ordinal() - 1].milestone());
            }
            List<Hold> held = first ? holds : List.of();
            held.stream().map(Hold::activity).forEach(deps::add);
            plan.add(new PlannedActivity(code, step.phase(), PlannedActivity.Kind.STEP,
                    ActivityNames.step(step.title(), option.title()), CENTRAL_BODY, firstPillar(option),
                    step.durationMonths() * DAYS_PER_MONTH, List.copyOf(deps), reason(held)));
        }
        return work;
    }

    /** Each ministry's capacity activities and its rollout of each option; answers the pilot rollouts' codes. */
    private static List<String> rollouts(List<OptionInput> options, List<MinistryInput> ministries,
                                         Map<String, List<String>> foundationWork, Map<String, List<Hold>> centralHolds,
                                         List<PlannedActivity> plan) {
        List<MinistryInput> established = ministries.stream().filter(m -> PILOT_LEVELS.contains(m.level())).toList();
        boolean fallback = established.isEmpty();
        Set<String> pilots = (fallback
                ? ministries.stream().sorted(Comparator.comparingDouble(MinistryInput::overall).reversed()
                        .thenComparing(MinistryInput::code)).limit(FALLBACK_PILOTS)
                : established.stream()).map(MinistryInput::code).collect(Collectors.toSet());
        List<String> pilotRollouts = new ArrayList<>();
        for (MinistryInput ministry : ministries) {
            boolean pilot = pilots.contains(ministry.code());
            Phase wave = pilot ? Phase.PILOT : Phase.SCALE_UP;
            List<GapInput> gaps = ministry.gaps().stream()
                    .collect(Collectors.toMap(GapInput::criterionCode, g -> g, (a, b) -> a, java.util.TreeMap::new))
                    .values().stream().toList();
            for (GapInput gap : gaps) {
                // a ministry closes its gaps from the start, alongside the central foundation work
                plan.add(new PlannedActivity(ministryCapacityCode(ministry, gap), wave, PlannedActivity.Kind.CAPACITY,
                        ActivityNames.ministryCapacity(gap.name(), ministry.name()), ministry.code(), gap.pillar(),
                        capacityDays(gap), List.of()));
            }
            for (OptionInput option : options) {
                Set<String> deps = new LinkedHashSet<>();
                List<Hold> holds = new ArrayList<>();
                if (pilot) {
                    List<String> work = foundationWork.get(option.code());
                    deps.addAll(work);
                    if (work.isEmpty()) {
                        holds.addAll(centralHolds.get(option.code()));
                    }
                } else {
                    deps.add(Phase.PILOT.milestone());
                }
                for (GapInput gap : gaps) {
                    boolean prerequisite = option.prerequisites().contains(gap.criterionCode());
                    Why why = prerequisite ? Why.PREREQUISITE : !pilot ? Why.SCALE_UP : fallback ? Why.FALLBACK_PILOT : null;
                    if (why != null) {
                        holds.add(new Hold(ministryCapacityCode(ministry, gap), gap.name(), option.title(), false, why));
                    }
                }
                holds.forEach(h -> deps.add(h.activity()));
                String code = "ROLLOUT." + ministry.code() + "." + option.code();
                plan.add(new PlannedActivity(code, wave, PlannedActivity.Kind.ROLLOUT,
                        ActivityNames.rollout(option.title(), ministry.name()), ministry.code(), firstPillar(option),
                        ROLLOUT_DAYS, List.copyOf(deps), reason(holds)));
                if (pilot) {
                    pilotRollouts.add(code);
                }
            }
        }
        return pilotRollouts;
    }

    /**
     * Yearly cycles from the end of the first pilot rollout to the end of the plan without them, as
     * many whole years as fit (at least one): which rollout ends first, and when the plan ends, come from
     * scheduling the plan so far.
     */
    private static void agreementCycles(List<PlannedActivity> plan, List<String> pilotRollouts) {
        Schedule before = CriticalPath.schedule(withMilestones(plan).stream()
                .map(p -> new Task(p.code(), p.durationDays(), p.dependsOn())).toList());
        String first = pilotRollouts.stream()
                .min(Comparator.comparingInt((String code) -> before.tasks().get(code).earliestFinish())
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
        int from = before.tasks().get(first).earliestFinish();
        // whole years that fit before the end (at least one): the cycles do not make the roadmap longer than that
        int cycles = Math.max(1, (before.durationDays() - from) / CYCLE_DAYS);
        String previous = first;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            String code = "AGREEMENTS." + cycle;
            plan.add(new PlannedActivity(code, Phase.INSTITUTIONALIZE, PlannedActivity.Kind.CYCLE,
                    ActivityNames.agreementCycle(cycle), CENTRAL_BODY, "ACCOUNTABILITY_PERFORMANCE", CYCLE_DAYS,
                    List.of(previous)));
            previous = code;
        }
    }

    /** The laws the package passes: a foundation step of kind LEGISLATION (a later phase's law stays a step of its phase). */
    private static boolean inPackage(StepInput step) {
        return LEGISLATION.equals(step.kind()) && step.phase() == Phase.FOUNDATION;
    }

    /** The codes of an option's steps that wait, directly or through others, for one of its packaged laws. */
    private static Set<String> afterLaws(OptionInput option) {
        Set<String> after = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (StepInput step : option.steps()) {
                if (!after.contains(step.code()) && step.dependsOn().stream().anyMatch(d -> after.contains(d)
                        || option.steps().stream().anyMatch(s -> s.code().equals(d) && inPackage(s)))) {
                    grew = after.add(step.code());
                }
            }
        }
        return after;
    }

    /** The plan and a milestone closing each phase, which waits for the phase's activities and the milestone before. */
    private static List<PlannedActivity> withMilestones(List<PlannedActivity> plan) {
        List<PlannedActivity> closed = new ArrayList<>(plan);
        for (Phase phase : Phase.values()) {
            Set<String> closes = new LinkedHashSet<>();
            if (phase != Phase.FOUNDATION) {
                closes.add(Phase.values()[phase.ordinal() - 1].milestone());
            }
            plan.stream().filter(a -> a.phase() == phase).forEach(a -> closes.add(a.code()));
            closed.add(new PlannedActivity(phase.milestone(), phase, PlannedActivity.Kind.MILESTONE,
                    ActivityNames.milestone(phase), CENTRAL_BODY, null, 0, List.copyOf(closes)));
        }
        return closed;
    }

    private static LocalizedText reason(List<Hold> holds) {
        return holds.isEmpty() ? null : ActivityNames.reason(holds);
    }

    private static int capacityDays(GapInput gap) {
        return (3 - gap.level()) * DAYS_PER_MISSING_LEVEL;
    }

    private static String governmentCapacityCode(GapInput gap) {
        return "CAP.GOVERNMENT." + gap.criterionCode();
    }

    private static String ministryCapacityCode(MinistryInput ministry, GapInput gap) {
        return "CAP." + ministry.code() + "." + gap.criterionCode();
    }

    private static String stepCode(OptionInput option, String step) {
        return option.code() + "." + step;
    }

    private static String firstPillar(OptionInput option) {
        return option.pillars() == null || option.pillars().isEmpty() ? null : option.pillars().get(0);
    }
}
