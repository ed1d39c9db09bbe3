package modernization.assessment.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import modernization.assessment.framework.CriterionScope;
import modernization.assessment.ministry.Government;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as its readers see it, with the history of its status. */
@Schema(name = "Assessment")
public record AssessmentView(
        UUID id,
        @Schema(example = "MOP-KRG", nullable = true, description = "the ministry assessed; null for a government's own assessment")
        String ministryCode,
        @Schema(description = "the ministry's government, or the government assessed") Government government,
        @Schema(description = "MINISTRY or GOVERNMENT: a ministry's assessment or the government's own") CriterionScope subject,
        FrameworkRef framework,
        @Schema(example = "2026-Q4") String period,
        AssessmentStatus status,
        List<Answer> answers,
        @Schema(description = "Revision of the assessment; the ETag carries it for If-Match") long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true) Instant validatedAt,
        List<HistoryEntry> history) {

    /** The framework version answered. */
    @Schema(name = "FrameworkRef")
    public record FrameworkRef(@Schema(example = "SES-READINESS") String code, @Schema(example = "1") int version) {
    }

    /** One change of status. */
    @Schema(name = "StatusChange")
    public record HistoryEntry(@Schema(nullable = true, description = "null for the creation") AssessmentStatus from, AssessmentStatus to, String by, Instant at, String reason,
                               List<ReviewComment> comments) {

        static HistoryEntry from(StatusChange c) {
            return new HistoryEntry(c.from, c.to, c.changedBy, c.changedAt, c.reason, c.comments);
        }
    }

    public static AssessmentView from(Assessment a, List<StatusChange> history) {
        return new AssessmentView(a.id, a.ministryCode, a.government, a.subject(), new FrameworkRef(a.frameworkCode, a.frameworkVersion), a.period,
                a.status, a.answers, a.revision, a.createdBy, a.createdAt, a.updatedBy, a.updatedAt, a.submittedAt,
                a.validatedAt, history.stream().map(HistoryEntry::from).toList());
    }
}
