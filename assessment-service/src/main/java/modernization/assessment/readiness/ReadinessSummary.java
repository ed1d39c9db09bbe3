package modernization.assessment.readiness;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Readiness across ministries, from validated assessments only, without free text. */
@Schema(name = "ReadinessSummary")
public record ReadinessSummary(
        @Schema(example = "KRG", description = "the government asked for, or null for both") String government,
        @Schema(example = "SES-READINESS") String frameworkCode,
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

    /** An area's average over the ministries counted. */
    @Schema(name = "AreaAverage")
    public record AreaAverage(@Schema(example = "LEGAL") String code, String name, double average, int ministries) {
    }
}
