package modernization.roadmap.schedule;

import java.util.List;

/** What the critical path method needs of an activity: its code, duration in days and predecessors. */
public record Task(String code, int durationDays, List<String> dependsOn) {
}
