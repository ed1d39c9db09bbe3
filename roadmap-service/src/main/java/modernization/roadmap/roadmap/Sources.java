package modernization.roadmap.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The snapshot a roadmap was generated from, so it can be reproduced after its inputs change. */
@Schema(name = "RoadmapSources")
public record Sources(List<OptionSource> options, List<AssessmentSource> assessments) {

    /** A design option version read from catalog-service. */
    @Schema(name = "OptionSource")
    public record OptionSource(UUID id, String code, int version, String title) {
    }

    /** A validated assessment and its score read from assessment-service. */
    @Schema(name = "AssessmentSource")
    public record AssessmentSource(UUID id, String ministryCode, String period, long version, double overall,
                                   String level, Instant validatedAt, int gaps) {
    }

    public static Sources empty() {
        return new Sources(List.of(), List.of());
    }
}
