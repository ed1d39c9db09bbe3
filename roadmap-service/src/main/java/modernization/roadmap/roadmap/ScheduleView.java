package modernization.roadmap.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import modernization.common.i18n.Language;
import modernization.roadmap.generation.Phase;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.ScheduledTask;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The critical path schedule of a roadmap. */
@Schema(name = "RoadmapSchedule")
public record ScheduleView(UUID roadmapId, LocalDate start, LocalDate end, int durationDays,
                           List<Entry> activities, List<String> criticalPath, String lang) {

    /** One activity's earliest and latest dates and its slack. */
    @Schema(name = "ScheduleEntry")
    public record Entry(String code, String name, Phase phase, int durationDays, LocalDate earliestStart,
                        LocalDate earliestFinish, LocalDate latestStart, LocalDate latestFinish, int slackDays,
                        boolean critical) {
    }

    public static ScheduleView from(Roadmap r, Schedule schedule, Language lang) {
        List<Entry> entries = r.activities.stream().map(a -> {
            ScheduledTask t = schedule.tasks().get(a.code);
            return new Entry(a.code, a.name.in(lang), a.phase, a.durationDays, r.startDate.plusDays(t.earliestStart()),
                    r.startDate.plusDays(t.earliestFinish()), r.startDate.plusDays(t.latestStart()),
                    r.startDate.plusDays(t.latestFinish()), t.slack(), t.critical());
        }).toList();
        return new ScheduleView(r.id, r.startDate, r.startDate.plusDays(schedule.durationDays()), schedule.durationDays(),
                entries, schedule.criticalPath(), lang.tag());
    }
}
