package modernization.roadmap.generation;

import java.util.List;
import modernization.common.i18n.LocalizedText;

/**
 * An activity of a generated roadmap, before it is stored and scheduled. {@code reason} says, in
 * the three languages, why it waits for what it waits for beyond its own steps (a readiness gap
 * that must close first), or is null.
 */
public record PlannedActivity(String code, Phase phase, Kind kind, LocalizedText name, String owner, String pillar,
                              int durationDays, List<String> dependsOn, LocalizedText reason) {

    public PlannedActivity(String code, Phase phase, Kind kind, LocalizedText name, String owner, String pillar,
                           int durationDays, List<String> dependsOn) {
        this(code, phase, kind, name, owner, pillar, durationDays, dependsOn, null);
    }

    /** Where an activity comes from. */
    public enum Kind {
        /** an implementation step of a chosen design option */
        STEP,
        /** the laws of all chosen options, passed together by one parliament */
        LEGISLATION,
        /** a ministry's rollout of one chosen option in its wave */
        ROLLOUT,
        /** closing one readiness gap: a ministry's, or the government's (owned by the central body) */
        CAPACITY,
        /** a yearly cycle of performance agreements */
        CYCLE,
        /** evaluating what the SES achieved */
        EVALUATION,
        /** reviewing the SES design at the end */
        REVIEW,
        /** the close of a phase, zero days long */
        MILESTONE
    }
}
