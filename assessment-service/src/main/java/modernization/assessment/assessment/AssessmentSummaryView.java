package modernization.assessment.assessment;

import java.time.Instant;
import java.util.UUID;
import modernization.assessment.framework.CriterionScope;
import modernization.assessment.ministry.Government;
import modernization.assessment.assessment.AssessmentView.FrameworkRef;
import modernization.assessment.scoring.ReadinessLevel;
import modernization.assessment.scoring.Scoring;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assessment as a list shows it: what it is, where it stands and, once validated, its score.
 * The answers, their evidence and the status history stay at {@code GET /api/v1/assessments/{id}}.
 */
@Schema(name = "AssessmentSummary")
public record AssessmentSummaryView(
        UUID id,
        @Schema(example = "MOP-KRG", nullable = true, description = "null for a government's own assessment") String ministryCode,
        Government government,
        @Schema(description = "MINISTRY or GOVERNMENT") CriterionScope subject,
        FrameworkRef framework,
        @Schema(example = "2026-Q4") String period,
        AssessmentStatus status,
        @Schema(description = "Revision of the assessment; its ETag carries it for If-Match") long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true) Instant validatedAt,
        @Schema(description = "the score it was validated with; null until VALIDATED", nullable = true) ValidatedScore score) {

    /** The overall score and level an assessment was validated with. */
    @Schema(name = "ValidatedScore")
    public record ValidatedScore(@Schema(example = "62.5", description = "0 to 100, one decimal") double overall,
                                 ReadinessLevel level) {
    }

    static AssessmentSummaryView from(AssessmentService.Summary s) {
        ValidatedScore score = s.status() == AssessmentStatus.VALIDATED && s.overallScore() != null
                ? new ValidatedScore(Scoring.display(s.overallScore()), ReadinessLevel.valueOf(s.readinessLevel()))
                : null;
        return new AssessmentSummaryView(s.id(), s.ministryCode(), s.government(),
                Assessment.subjectOf(s.ministryCode()), new FrameworkRef(s.frameworkCode(), s.frameworkVersion()),
                s.period(), s.status(), s.revision(), s.createdBy(), s.createdAt(), s.updatedBy(), s.updatedAt(),
                s.submittedAt(), s.validatedAt(), score);
    }
}
