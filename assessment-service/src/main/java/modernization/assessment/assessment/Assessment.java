package modernization.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import modernization.assessment.framework.CriterionScope;
import modernization.assessment.framework.FrameworkContent;
import modernization.assessment.ministry.Government;
import modernization.assessment.scoring.ReadinessScore;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem.FieldError;
import modernization.common.problem.Violation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A readiness assessment for one period, against one framework version. Its subject is a ministry,
 * which answers the ministry-scope criteria, or a whole government (no ministry), which answers the
 * government-scope criteria of a framework version 2 or later. Its rules:
 * answers change only while DRAFT or RETURNED; a submission must answer every criterion and give
 * the evidence the framework requires; a reviewer validates or returns a submitted assessment; a
 * validated one never changes again and keeps the score it was validated with.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    private static final LocalizedText NOT_ANSWERED = new LocalizedText("is not answered",
            "لم تتم الإجابة عن هذا المعيار", "وەڵامی ئەم پێوەرە نەدراوەتەوە");

    private static final LocalizedText EVIDENCE_REQUIRED = new LocalizedText("evidence is required",
            "الدليل مطلوب", "بەڵگە پێویستە");

    private static final LocalizedText COMMENTS_REQUIRED = new LocalizedText(
            "A returned assessment needs comments saying what to fix.",
            "يجب إرفاق ملاحظات توضّح ما يلزم تصحيحه عند إعادة التقييم.",
            "لە کاتی گەڕاندنەوەی هەڵسەنگاندندا دەبێت تێبینی بنووسرێت کە ڕوونی بکاتەوە چی دەبێت چاک بکرێت.");

    private static final LocalizedText COMMENTS_NOT_EMPTY = new LocalizedText("must not be empty when returning",
            "يجب ألا تكون فارغة عند إعادة التقييم", "لە کاتی گەڕاندنەوەی هەڵسەنگاندندا نابێت بەتاڵ بێت");

    @Id
    public UUID id;

    /** The ministry assessed; null for a government assessment. */
    @Column(name = "ministry_code", updatable = false)
    public String ministryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Government government;

    @Column(name = "framework_code", nullable = false, updatable = false)
    public String frameworkCode;

    @Column(name = "framework_version", nullable = false, updatable = false)
    public int frameworkVersion;

    @Column(nullable = false, updatable = false)
    public String period;

    /** The period in time order (computed by PostgreSQL): by year, then quarter, a whole year after its quarters. */
    @Column(name = "period_order", insertable = false, updatable = false)
    public Integer periodOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Answer> answers;

    @Column(name = "overall_score")
    public Double overallScore;

    @Column(name = "readiness_level")
    public String readinessLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "area_scores")
    public List<ReadinessScore.AreaScore> areaScores;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "validated_at")
    public Instant validatedAt;

    @Version
    public long revision;

    protected Assessment() {
    }

    /** A new draft; the returned change records its creation. */
    public static Assessment start(Government government, String ministryCode, String frameworkCode, int frameworkVersion,
                                   String period, List<Answer> answers, String user, Instant now) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.government = government;
        assessment.ministryCode = ministryCode;
        assessment.frameworkCode = frameworkCode;
        assessment.frameworkVersion = frameworkVersion;
        assessment.period = period;
        assessment.status = AssessmentStatus.DRAFT;
        assessment.answers = List.copyOf(answers);
        assessment.createdBy = user;
        assessment.createdAt = now;
        assessment.updatedBy = user;
        assessment.updatedAt = now;
        return assessment;
    }

    /** What the assessment is of: a ministry, or its whole government. */
    public CriterionScope subject() {
        return subjectOf(ministryCode);
    }

    /** The subject of an assessment of this ministry: a null ministry means the government's own assessment. */
    static CriterionScope subjectOf(String ministryCode) {
        return ministryCode == null ? CriterionScope.GOVERNMENT : CriterionScope.MINISTRY;
    }

    public StatusChange created() {
        return new StatusChange(id, null, AssessmentStatus.DRAFT, createdBy, createdAt, "created", List.of());
    }

    public void replaceAnswers(List<Answer> newAnswers, String user, Instant now) {
        requireEditable();
        answers = List.copyOf(newAnswers);
        updatedBy = user;
        updatedAt = now;
    }

    /** DRAFT or RETURNED to SUBMITTED, when every criterion is answered with the evidence it needs. */
    public StatusChange submit(List<FrameworkContent.Area> framework, String user, Instant now) {
        requireEditable();
        Map<String, Answer> byCode = answers.stream()
                .collect(Collectors.toMap(Answer::criterionCode, Function.identity(), (a, b) -> a));
        List<Violation> missing = new ArrayList<>();
        FrameworkContent.criteria(framework).forEach(criterion -> {
            Answer answer = byCode.get(criterion.code());
            if (answer == null) {
                missing.add(new Violation("answers[" + criterion.code() + "]", NOT_ANSWERED, FieldError.REQUIRED));
            } else if (criterion.evidenceRequired() && !answer.hasEvidence()) {
                missing.add(new Violation("answers[" + criterion.code() + "].evidence", EVIDENCE_REQUIRED, FieldError.REQUIRED));
            }
        });
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable(new LocalizedText(
                    "The assessment is not complete: %s criteria are unanswered or lack required evidence.",
                    "التقييم غير مكتمل: عدد المعايير التي لم تتم الإجابة عنها أو تنقصها الأدلة المطلوبة %s.",
                    "هەڵسەنگاندنەکە تەواو نییە: %s پێوەر وەڵامیان نەدراوەتەوە یان بەڵگەی پێویستیان بۆ پێشکەش نەکراوە.")
                    .format(missing.size()), missing);
        }
        return changeStatus(AssessmentStatus.SUBMITTED, user, now, "submitted", List.of());
    }

    /** SUBMITTED to VALIDATED, freezing the score. */
    public StatusChange validate(ReadinessScore score, String user, Instant now, List<ReviewComment> comments) {
        requireSubmitted();
        overallScore = score.overall();
        readinessLevel = score.level().name();
        areaScores = score.areas();
        validatedAt = now;
        return changeStatus(AssessmentStatus.VALIDATED, user, now, "validated", comments);
    }

    /** SUBMITTED to RETURNED, with the reviewer's comments saying what to fix. */
    public StatusChange returnForRevision(String user, Instant now, List<ReviewComment> comments) {
        requireSubmitted();
        if (comments.isEmpty()) {
            throw ApiException.unprocessable(COMMENTS_REQUIRED,
                    List.of(new Violation("comments", COMMENTS_NOT_EMPTY, FieldError.REQUIRED)));
        }
        return changeStatus(AssessmentStatus.RETURNED, user, now, "returned for revision", comments);
    }

    private StatusChange changeStatus(AssessmentStatus to, String user, Instant now, String reason,
                                      List<ReviewComment> comments) {
        StatusChange change = new StatusChange(id, status, to, user, now, reason, comments);
        status = to;
        updatedBy = user;
        updatedAt = now;
        if (to == AssessmentStatus.SUBMITTED) {
            submittedAt = now;
        }
        return change;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw ApiException.conflict(new LocalizedText(
                    "The assessment is %s; answers change only while it is DRAFT or RETURNED.",
                    "حالة التقييم %s؛ ولا يمكن تعديل الإجابات إلا عندما تكون حالته DRAFT أو RETURNED.",
                    "دۆخی هەڵسەنگاندنەکە: %s؛ وەڵامەکان تەنها کاتێک دەگۆڕدرێن کە دۆخەکەی DRAFT یان RETURNED بێت.")
                    .format(status));
        }
    }

    private void requireSubmitted() {
        if (status != AssessmentStatus.SUBMITTED) {
            throw ApiException.conflict(new LocalizedText(
                    "Only a SUBMITTED assessment can be reviewed; this one is %s.",
                    "لا يمكن مراجعة التقييم إلا إذا كانت حالته SUBMITTED؛ وحالة هذا التقييم %s.",
                    "تەنها ئەو هەڵسەنگاندنەی دۆخەکەی SUBMITTED بێت پێداچوونەوەی بۆ دەکرێت؛ دۆخی ئەم هەڵسەنگاندنە: %s.")
                    .format(status));
        }
    }
}
