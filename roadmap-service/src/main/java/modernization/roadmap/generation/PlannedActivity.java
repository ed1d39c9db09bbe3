package modernization.roadmap.generation;

import java.util.List;
import modernization.common.i18n.LocalizedText;

/** An activity of a generated roadmap, before it is stored and scheduled. */
public record PlannedActivity(String code, Phase phase, Kind kind, LocalizedText name, String owner, String pillar,
                              int durationDays, List<String> dependsOn) {

    /** Where an activity comes from. */
    public enum Kind {
        /** an implementation step of a chosen design option */
        STEP,
        /** a ministry's rollout in its wave */
        ROLLOUT,
        /** closing one of a ministry's readiness gaps */
        CAPACITY,
        /** reviewing the SES design at the end */
        REVIEW,
        /** the close of a phase, zero days long */
        MILESTONE
    }
}
