package modernization.roadmap.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import modernization.common.i18n.Language;
import modernization.roadmap.generation.Phase;
import modernization.roadmap.schedule.Schedule;
import modernization.roadmap.schedule.ScheduledTask;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Planned against reported progress on a given day. Planned percent of an activity is the part of
 * its scheduled duration that has passed; phases and the whole roadmap weigh activities by
 * duration. An activity whose planned finish has passed without DONE has slipped by that many days.
 */
@Schema(name = "RoadmapProgress")
public record Progress(LocalDate asOf, Figures overall, List<PhaseProgress> phases, List<Slip> slipped) {

    /** Planned and reported percent, one decimal. */
    @Schema(name = "ProgressFigures")
    public record Figures(double plannedPercent, double reportedPercent) {
    }

    /** A phase's figures. */
    @Schema(name = "PhaseProgress")
    public record PhaseProgress(Phase phase, String name, double plannedPercent, double reportedPercent) {
    }

    /** An activity behind its schedule. */
    @Schema(name = "SlippedActivity")
    public record Slip(String code, String name, String owner, LocalDate plannedEnd, ActivityStatus status,
                       int percentComplete, long daysOfSlip) {
    }

    public static Progress of(Roadmap roadmap, Schedule schedule, LocalDate today, Language lang) {
        List<PhaseProgress> phases = new ArrayList<>();
        double[] all = new double[3];
        for (Phase phase : Phase.values()) {
            double[] sums = new double[3];
            for (Activity a : roadmap.activities) {
                if (a.phase != phase || a.isMilestone()) {
                    continue;
                }
                ScheduledTask t = schedule.tasks().get(a.code);
                double weight = Math.max(1, a.durationDays);
                double planned = planned(roadmap.startDate.plusDays(t.earliestStart()),
                        roadmap.startDate.plusDays(t.earliestFinish()), today);
                double reported = a.status == ActivityStatus.DONE ? 100 : a.percentComplete;
                sums[0] += weight * planned;
                sums[1] += weight * reported;
                sums[2] += weight;
            }
            for (int i = 0; i < 3; i++) {
                all[i] += sums[i];
            }
            phases.add(new PhaseProgress(phase, phase.label().in(lang), percent(sums[0], sums[2]), percent(sums[1], sums[2])));
        }
        List<Slip> slipped = new ArrayList<>();
        for (Activity a : roadmap.activities) {
            LocalDate plannedEnd = roadmap.startDate.plusDays(schedule.tasks().get(a.code).earliestFinish());
            if (a.status != ActivityStatus.DONE && plannedEnd.isBefore(today)) {
                slipped.add(new Slip(a.code, a.name.in(lang), a.owner, plannedEnd, a.status, a.percentComplete,
                        ChronoUnit.DAYS.between(plannedEnd, today)));
            }
        }
        return new Progress(today, new Figures(percent(all[0], all[2]), percent(all[1], all[2])), phases, slipped);
    }

    /** The share of the planned interval that has passed on {@code today}, 0 to 100. */
    static double planned(LocalDate start, LocalDate end, LocalDate today) {
        if (!today.isAfter(start)) {
            return 0;
        }
        if (!today.isBefore(end)) {
            return 100;
        }
        return 100.0 * ChronoUnit.DAYS.between(start, today) / ChronoUnit.DAYS.between(start, end);
    }

    private static double percent(double weighted, double weight) {
        double value = weight == 0 ? 0 : weighted / weight;
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
