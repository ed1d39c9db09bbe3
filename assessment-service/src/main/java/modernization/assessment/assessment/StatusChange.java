package modernization.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an assessment's status: who, when and why. Never changed once written. */
@Entity
@Table(name = "assessment_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public AssessmentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public AssessmentStatus to;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(updatable = false)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<ReviewComment> comments;

    protected StatusChange() {
    }

    StatusChange(UUID assessmentId, AssessmentStatus from, AssessmentStatus to, String by, Instant at, String reason,
                 List<ReviewComment> comments) {
        this.id = UUID.randomUUID();
        this.assessmentId = assessmentId;
        this.from = from;
        this.to = to;
        this.changedBy = by;
        this.changedAt = at;
        this.reason = reason;
        this.comments = List.copyOf(comments);
    }
}
