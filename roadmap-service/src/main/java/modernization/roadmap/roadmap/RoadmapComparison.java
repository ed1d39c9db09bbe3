package modernization.roadmap.roadmap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.i18n.Language;
import modernization.roadmap.generation.Phase;
import modernization.roadmap.generation.PlannedActivity;
import modernization.roadmap.generation.RoadmapGenerator;
import modernization.roadmap.schedule.Schedule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to four roadmaps side by side, as an adviser puts two or three designs before a minister. */
@Schema(name = "RoadmapComparison")
public record RoadmapComparison(List<Column> roadmaps, @Schema(example = "en") String lang,
                                @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    static final double DAYS_PER_MONTH = 365.25 / 12;

    /** One roadmap's figures. */
    @Schema(name = "RoadmapComparisonColumn")
    public record Column(UUID id, String title, Government government, RoadmapStatus status, LocalDate startDate,
                         LocalDate endDate,
                         @Schema(example = "41.2", description = "from start to end, in months of 30.44 days, one decimal")
                         double months,
                         @Schema(description = "activities of each phase, milestones not counted",
                                 example = "{\"FOUNDATION\": 14, \"PILOT\": 9, \"SCALE_UP\": 30, \"INSTITUTIONALIZE\": 5}")
                         Map<Phase, Integer> activitiesPerPhase,
                         CriticalPath criticalPath,
                         @Schema(description = "the ministries rolling out in the PILOT and in the SCALE_UP wave",
                                 example = "{\"PILOT\": [\"MOP-KRG\"], \"SCALE_UP\": [\"MOE-KRG\", \"MOH-KRG\"]}")
                         Map<Phase, List<String>> ministriesPerWave,
                         @Schema(nullable = true, description = "null when no chosen option needs a law")
                         LegislativePackage legislativePackage) {
    }

    /** The longest chain of activities: it sets the end date. */
    @Schema(name = "RoadmapComparisonCriticalPath")
    public record CriticalPath(@Schema(example = "1245") int days, List<Activity> activities) {
    }

    /** An activity on the critical path, milestones left out. */
    @Schema(name = "RoadmapComparisonActivity")
    public record Activity(String code, String name) {
    }

    /** The one package of laws that all chosen options need. */
    @Schema(name = "RoadmapComparisonLegislativePackage")
    public record LegislativePackage(@Schema(example = "450") int durationDays,
                                     @Schema(example = "15.0", description = "in months of 30 days, as catalog steps count them")
                                     double months,
                                     String name) {
    }

    static Column column(Roadmap r, Schedule schedule, Language lang) {
        Map<Phase, Integer> perPhase = new LinkedHashMap<>();
        Map<Phase, List<String>> waves = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            perPhase.put(phase, (int) r.activities.stream().filter(a -> a.phase == phase && !a.isMilestone()).count());
        }
        for (Phase wave : List.of(Phase.PILOT, Phase.SCALE_UP)) {
            waves.put(wave, r.activities.stream().filter(a -> a.phase == wave && a.kind == PlannedActivity.Kind.ROLLOUT)
                    .map(a -> a.owner).distinct().sorted().toList());
        }
        var byCode = r.activities.stream().collect(java.util.stream.Collectors.toMap(a -> a.code, a -> a));
        List<Activity> critical = schedule.criticalPath().stream().map(byCode::get)
                .filter(a -> a != null && !a.isMilestone()).map(a -> new Activity(a.code, a.name.in(lang))).toList();
        LegislativePackage laws = r.activities.stream().filter(a -> a.code.equals(RoadmapGenerator.LEGISLATIVE_PACKAGE))
                .findFirst().map(a -> new LegislativePackage(a.durationDays,
                        Math.round(a.durationDays * 10.0 / RoadmapGenerator.DAYS_PER_MONTH) / 10.0, a.name.in(lang)))
                .orElse(null);
        return new Column(r.id, r.title, r.government, r.status, r.startDate, r.startDate.plusDays(schedule.durationDays()),
                months(schedule.durationDays()), perPhase, new CriticalPath(schedule.durationDays(), critical), waves, laws);
    }

    private static double months(int days) {
        return Math.round(days / DAYS_PER_MONTH * 10) / 10.0;
    }
}
