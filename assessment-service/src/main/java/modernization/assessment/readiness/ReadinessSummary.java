package modernization.assessment.readiness;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Readiness across ministries, from validated assessments only, without free text. */
@Schema(name = "ReadinessSummary")
public record ReadinessSummary(
        @Schema(example = "KRG", nullable = true, description = "the government asked for, or null for both")
        String governmentCode,
        @Schema(example = "SES-READINESS") String frameworkCode,
        @Schema(nullable = true, description = "the government's own latest validated assessment (its laws, central bodies, "
                + "budget); null when none is validated or no government was asked for") GovernmentReadiness government,
        @Schema(description = "validated assessments counted: each ministry's latest") int assessments,
        List<MinistryReadiness> ministries,
        List<AreaAverage> areas,
        @Schema(example = "en") String lang) {

    /** A ministry's latest validated score. */
    @Schema(name = "MinistryReadiness")
    public record MinistryReadiness(@Schema(example = "MOP-KRG") String code, String name, String government,
                                    @Schema(example = "2026-Q4") String period, double overall,
                                    @Schema(example = "ESTABLISHED") String level, Instant validatedAt) {
    }

    /** A government's own latest validated score. */
    @Schema(name = "GovernmentReadiness")
    public record GovernmentReadiness(@Schema(example = "2026") String period, @Schema(example = "41.7") double overall,
                                      @Schema(example = "EMERGING") String level, Instant validatedAt, List<AreaScore> areas) {
    }

    /** An area's score in the government's own assessment. */
    @Schema(name = "GovernmentAreaScore")
    public record AreaScore(@Schema(example = "LEGAL") String code, String name, double score) {
    }

    /** An area's average over the ministries counted. */
    @Schema(name = "AreaAverage")
    public record AreaAverage(@Schema(example = "LEGAL") String code, String name, double average, int ministries) {
    }
}
