package modernization.roadmap.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A roadmap as listed. */
@Schema(name = "RoadmapSummary")
public record RoadmapView(
        UUID id,
        @Schema(example = "KRG Senior Executive Service 2027-2030") String title,
        Government government,
        RoadmapStatus status,
        LocalDate startDate,
        @Schema(description = "planned end: the start plus the length of the critical path") LocalDate endDate,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static RoadmapView from(Roadmap roadmap) {
        return new RoadmapView(roadmap.id, roadmap.title, roadmap.government, roadmap.status, roadmap.startDate,
                roadmap.startDate.plusDays(roadmap.durationDays), roadmap.version, roadmap.createdAt, roadmap.updatedAt);
    }
}
