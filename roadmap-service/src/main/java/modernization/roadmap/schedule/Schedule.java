package modernization.roadmap.schedule;

import java.util.List;
import java.util.Map;

/** The result of the critical path method: every task's dates, the length, and one critical path. */
public record Schedule(Map<String, ScheduledTask> tasks, int durationDays, List<String> criticalPath) {
}
