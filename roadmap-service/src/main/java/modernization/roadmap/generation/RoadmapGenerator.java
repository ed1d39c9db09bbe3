package modernization.roadmap.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import modernization.common.i18n.LocalizedText;

/**
 * Turns chosen design options and ministries' validated readiness into a phased plan, by the
 * rules of DOMAIN.md section 3. Deterministic: inputs are ordered by code, so the same inputs
 * always give the same activities in the same order.
 * <ul>
 *   <li>each option's implementation steps become activities of the step's phase, owned by the
 *       central body; a step of a later phase also waits for the milestone closing the phase before;</li>
 *   <li>ministries at ESTABLISHED or above roll out in the PILOT wave, the others in SCALE_UP after
 *       the pilot; each ministry first closes its gaps (criteria below level 3) with one capacity
 *       activity each, longer for lower levels;</li>
 *   <li>INSTITUTIONALIZE ends with a review of the SES design; a milestone closes every phase.</li>
 * </ul>
 */
public final class RoadmapGenerator {

    public static final String CENTRAL_BODY = "CENTRAL";
    static final int DAYS_PER_MONTH = 30;
    static final int ROLLOUT_DAYS = 90;
    static final int REVIEW_DAYS = 180;
    static final int DAYS_PER_MISSING_LEVEL = 30;
    private static final Set<String> PILOT_LEVELS = Set.of("ESTABLISHED", "ADVANCED");

    private RoadmapGenerator() {
    }

    /** A chosen option, as published. */
    public record OptionInput(String code, LocalizedText title, List<String> pillars, List<StepInput> steps) {
    }

    /** One of its implementation steps. */
    public record StepInput(String code, LocalizedText title, int durationMonths, List<String> dependsOn, Phase phase) {
    }

    /** A ministry's latest validated readiness. */
    public record MinistryInput(String code, String level, double overall, List<GapInput> gaps) {
    }

    /** A criterion the ministry answered below level 3. */
    public record GapInput(String criterionCode, int level) {
    }

    public static List<PlannedActivity> plan(List<OptionInput> options, List<MinistryInput> ministries) {
        List<PlannedActivity> plan = new ArrayList<>();
        List<OptionInput> sortedOptions = options.stream().sorted(Comparator.comparing(OptionInput::code)).toList();
        List<MinistryInput> sortedMinistries = ministries.stream().sorted(Comparator.comparing(MinistryInput::code)).toList();

        for (OptionInput option : sortedOptions) {
            String pillar = option.pillars().isEmpty() ? null : option.pillars().get(0);
            for (StepInput step : option.steps()) {
                Set<String> deps = new LinkedHashSet<>();
                step.dependsOn().forEach(d -> deps.add(stepCode(option, d)));
                if (step.phase() != Phase.FOUNDATION) {
                    deps.add(Phase.values()[step.phase().ordinal() - 1].milestone());
                }
                plan.add(new PlannedActivity(stepCode(option, step.code()), step.phase(), PlannedActivity.Kind.STEP,
                        qualified(step.title(), option.title()), CENTRAL_BODY, pillar,
                        step.durationMonths() * DAYS_PER_MONTH, List.copyOf(deps)));
            }
        }

        for (MinistryInput ministry : sortedMinistries) {
            boolean pilot = PILOT_LEVELS.contains(ministry.level());
            Phase wave = pilot ? Phase.PILOT : Phase.SCALE_UP;
            List<String> rolloutDeps = new ArrayList<>();
            rolloutDeps.add(Phase.FOUNDATION.milestone());
            if (!pilot) {
                rolloutDeps.add(Phase.PILOT.milestone());
            }
            ministry.gaps().stream().sorted(Comparator.comparing(GapInput::criterionCode)).forEach(gap -> {
                String code = "CAP." + ministry.code() + "." + gap.criterionCode();
                plan.add(new PlannedActivity(code, wave, PlannedActivity.Kind.CAPACITY,
                        capacityName(ministry.code(), gap.criterionCode()), ministry.code(), null,
                        (3 - gap.level()) * DAYS_PER_MISSING_LEVEL, List.of(Phase.FOUNDATION.milestone())));
                rolloutDeps.add(code);
            });
            plan.add(new PlannedActivity("ROLLOUT." + ministry.code(), wave, PlannedActivity.Kind.ROLLOUT,
                    rolloutName(ministry.code()), ministry.code(), "MANAGING_IDENTITY", ROLLOUT_DAYS, rolloutDeps));
        }

        plan.add(new PlannedActivity("REVIEW.SES_DESIGN", Phase.INSTITUTIONALIZE, PlannedActivity.Kind.REVIEW,
                new LocalizedText("Evaluate and review the SES design", "تقييم تصميم الخدمة التنفيذية العليا ومراجعته",
                        "هەڵسەنگاندن و پێداچوونەوەی دیزاینی خزمەتی باڵا"),
                CENTRAL_BODY, "ACCOUNTABILITY_PERFORMANCE", REVIEW_DAYS, List.of(Phase.SCALE_UP.milestone())));

        for (Phase phase : Phase.values()) {
            Set<String> closes = new LinkedHashSet<>();
            if (phase != Phase.FOUNDATION) {
                closes.add(Phase.values()[phase.ordinal() - 1].milestone());
            }
            plan.stream().filter(a -> a.phase() == phase && a.kind() != PlannedActivity.Kind.MILESTONE)
                    .forEach(a -> closes.add(a.code()));
            plan.add(new PlannedActivity(phase.milestone(), phase, PlannedActivity.Kind.MILESTONE,
                    milestoneName(phase), CENTRAL_BODY, null, 0, List.copyOf(closes)));
        }
        return plan;
    }

    private static String stepCode(OptionInput option, String step) {
        return option.code() + "." + step;
    }

    private static LocalizedText qualified(LocalizedText step, LocalizedText option) {
        return new LocalizedText(step.en() + " (" + option.en() + ")",
                join(step.ar(), option.ar()), join(step.ckb(), option.ckb()));
    }

    private static String join(String step, String option) {
        return step == null ? null : step + " (" + (option == null ? "" : option) + ")";
    }

    private static LocalizedText rolloutName(String ministry) {
        return new LocalizedText("Roll out the SES in " + ministry, "تطبيق الخدمة التنفيذية العليا في " + ministry,
                "جێبەجێکردنی خزمەتی باڵا لە " + ministry);
    }

    private static LocalizedText capacityName(String ministry, String criterion) {
        return new LocalizedText("Build capacity on " + criterion + " in " + ministry,
                "بناء القدرات في " + criterion + " لدى " + ministry, "بنیاتنانی توانا لە " + criterion + " لە " + ministry);
    }

    private static LocalizedText milestoneName(Phase phase) {
        LocalizedText label = phase.label();
        return new LocalizedText(label.en() + " complete", "اكتمال " + label.ar(), "تەواوبوونی " + label.ckb());
    }
}
