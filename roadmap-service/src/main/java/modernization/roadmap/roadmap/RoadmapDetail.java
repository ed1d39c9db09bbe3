package modernization.roadmap.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import modernization.common.i18n.Language;
import modernization.roadmap.generation.Phase;
import modernization.roadmap.generation.PlannedActivity;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.ScheduledTask;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A roadmap with its phases, activities, milestones and sources, in the served language. */
@Schema(name = "Roadmap")
public record RoadmapDetail(
        @Schema(nullable = true, description = "null in a preview, which stores nothing") UUID id, String title, Government government, RoadmapStatus status, LocalDate startDate, LocalDate endDate,
        List<PhaseView> phases, List<MilestoneView> milestones, Sources sources, long version, String createdBy,
        Instant createdAt, Instant updatedAt, @Schema(example = "en") String lang,
        @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    /** A phase and its activities, with the dates the schedule gives it. */
    @Schema(name = "RoadmapPhase")
    public record PhaseView(Phase code, String name, LocalDate start, LocalDate end, List<ActivityView> activities) {
    }

    /** An activity with its planned dates and reported progress. */
    @Schema(name = "RoadmapActivity")
    public record ActivityView(UUID id, String code, PlannedActivity.Kind kind, String name,
                               @Schema(example = "MOP-KRG", description = "a ministry code or CENTRAL") String owner,
                               String pillar, int durationDays, List<String> dependsOn, LocalDate start, LocalDate end,
                               ActivityStatus status, int percentComplete, @Schema(nullable = true) LocalDate actualStart, @Schema(nullable = true) LocalDate actualEnd,
                               @Schema(nullable = true) String note,
                               @Schema(nullable = true, description = "why the activity waits for a readiness gap to close "
                                       + "(its dependsOn names the activity closing it); null when it does not")
                               String reason) {

        static ActivityView from(Activity a, ScheduledTask t, LocalDate start, Language lang) {
            return new ActivityView(a.id, a.code, a.kind, a.name.in(lang), a.owner, a.pillar, a.durationDays,
                    List.of(a.dependsOn), start.plusDays(t.earliestStart()), start.plusDays(t.earliestFinish()), a.status,
                    a.percentComplete, a.actualStart, a.actualEnd, a.note,
                    a.reason == null ? null : a.reason.in(lang));
        }
    }

    /** The close of a phase. */
    @Schema(name = "RoadmapMilestone")
    public record MilestoneView(UUID id, String code, Phase phase, String name, LocalDate date, ActivityStatus status) {
    }

    public static RoadmapDetail from(Roadmap r, Schedule schedule, Language lang) {
        List<PhaseView> phases = new ArrayList<>();
        List<MilestoneView> milestones = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<ActivityView> activities = r.activities.stream()
                    .filter(a -> a.phase == phase && !a.isMilestone())
                    .map(a -> ActivityView.from(a, schedule.tasks().get(a.code), r.startDate, lang))
                    .toList();
            ScheduledTask closing = schedule.tasks().get(phase.milestone());
            LocalDate start = activities.stream().map(ActivityView::start).min(LocalDate::compareTo)
                    .orElse(r.startDate.plusDays(closing.earliestStart()));
            LocalDate end = r.startDate.plusDays(closing.earliestFinish());
            phases.add(new PhaseView(phase, phase.label().in(lang), start, end, activities));
        }
        r.activities.stream().filter(Activity::isMilestone).forEach(a -> milestones.add(new MilestoneView(a.id, a.code,
                a.phase, a.name.in(lang), r.startDate.plusDays(schedule.tasks().get(a.code).earliestFinish()), a.status)));
        return new RoadmapDetail(r.id, r.title, r.government, r.status, r.startDate,
                r.startDate.plusDays(schedule.durationDays()), phases, milestones, r.sources, r.version, r.createdBy,
                r.createdAt, r.updatedAt, lang.tag(), lang.direction());
    }
}
