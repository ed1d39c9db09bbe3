package modernization.roadmap.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The snapshot a roadmap was generated from, so it can be reproduced after its inputs change. */
@Schema(name = "RoadmapSources")
public record Sources(List<OptionSource> options,
                      @Schema(description = "each ministry's validated assessment") List<AssessmentSource> assessments,
                      @Schema(nullable = true, description = "the government's own validated assessment; null in roadmaps "
                              + "generated before government assessments existed") AssessmentSource governmentAssessment) {

    /** A design option version read from catalog-service. */
    @Schema(name = "OptionSource")
    public record OptionSource(UUID id, String code, int version, String title) {
    }

    /** A validated assessment and its score read from assessment-service. */
    @Schema(name = "AssessmentSource")
    public record AssessmentSource(UUID id,
                                   @Schema(nullable = true, description = "null for a government's own assessment")
                                   String ministryCode,
                                   @Schema(nullable = true, example = "KRG") String government,
                                   @Schema(nullable = true, example = "MINISTRY", description = "MINISTRY or GOVERNMENT")
                                   String subject,
                                   String period, long version,
                                   @Schema(example = "62.4583", description = "the overall score unrounded, as the "
                                           + "generation compared it") double overall,
                                   String level, Instant validatedAt,
                                   @Schema(description = "the gaps the roadmap plans for: a ministry's gaps on "
                                           + "government-wide criteria are left to the government") int gaps) {
    }

    public static Sources empty() {
        return new Sources(List.of(), List.of(), null);
    }
}
