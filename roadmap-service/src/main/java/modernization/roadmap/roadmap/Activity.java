package modernization.roadmap.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.common.problem.Violation;
import modernization.roadmap.generation.Phase;
import modernization.roadmap.generation.PlannedActivity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An activity or milestone of a roadmap, with the progress its owner reports. */
@Entity
@Table(name = "roadmap_activity")
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id", nullable = false, updatable = false)
    public Roadmap roadmap;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false, updatable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PlannedActivity.Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public LocalizedText name;

    @Column(nullable = false, updatable = false)
    public String owner;

    /** Why it waits for a readiness gap to close, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public LocalizedText reason;

    @Column(updatable = false)
    public String pillar;

    @Column(name = "duration_days", nullable = false, updatable = false)
    public int durationDays;

    @Column(name = "depends_on", nullable = false, updatable = false, columnDefinition = "text[]")
    public String[] dependsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status;

    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_end")
    public LocalDate actualEnd;

    public String note;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    private static final LocalizedText STATUS_UNREMOVABLE = new LocalizedText(
            "cannot be removed; send one of NOT_STARTED, IN_PROGRESS, DONE, BLOCKED",
            "لا يمكن حذفه؛ أرسل إحدى القيم NOT_STARTED أو IN_PROGRESS أو DONE أو BLOCKED",
            "ناتوانرێت لاببرێت؛ یەکێک لەمانە بنێرە: NOT_STARTED، IN_PROGRESS، DONE، BLOCKED");
    private static final LocalizedText PERCENT_UNREMOVABLE = new LocalizedText(
            "cannot be removed; send a number from 0 to 100",
            "لا يمكن حذفه؛ أرسل رقماً من 0 إلى 100",
            "ناتوانرێت لاببرێت؛ ژمارەیەک لە 0 تا 100 بنێرە");
    private static final LocalizedText REMOVES_REQUIRED_FIELD = new LocalizedText(
            "The patch removes a field that always has a value.",
            "يحذف التعديل حقلاً يجب أن تكون له قيمة دائماً.",
            "گۆڕانکارییەکە خانەیەک لادەبات کە هەمیشە دەبێت بەهای هەبێت.");
    private static final LocalizedText ENDS_BEFORE_START = new LocalizedText(
            "An activity cannot end before it starts.",
            "لا يمكن أن ينتهي النشاط قبل أن يبدأ.",
            "چالاکی ناتوانێت پێش دەستپێکردنی کۆتایی بێت.");
    private static final LocalizedText DONE_NOT_COMPLETE = new LocalizedText(
            "A DONE activity is 100 percent complete.",
            "النشاط في حالة DONE مكتمل بنسبة 100 بالمئة.",
            "چالاکییەک کە لە دۆخی DONE دایە بە ڕێژەی 100 لە سەد تەواو بووە.");
    private static final LocalizedText DONE_NEEDS_100 = new LocalizedText(
            "must be 100 when status is DONE",
            "يجب أن يكون 100 عندما تكون الحالة DONE",
            "دەبێت 100 بێت کاتێک دۆخەکە DONE بێت");

    protected Activity() {
    }

    Activity(Roadmap roadmap, int position, PlannedActivity planned) {
        this.id = UUID.randomUUID();
        this.roadmap = roadmap;
        this.position = position;
        this.code = planned.code();
        this.phase = planned.phase();
        this.kind = planned.kind();
        this.name = planned.name();
        this.owner = planned.owner();
        this.reason = planned.reason();
        this.pillar = planned.pillar();
        this.durationDays = planned.durationDays();
        this.dependsOn = planned.dependsOn().toArray(String[]::new);
        this.status = ActivityStatus.NOT_STARTED;
    }

    public boolean isMilestone() {
        return kind == PlannedActivity.Kind.MILESTONE;
    }

    /** Applies reported progress; DONE means 100 percent, and an end never comes before a start. */
    public void report(ActivityPatch patch, String user, Instant now) {
        List<Violation> unremovable = new ArrayList<>();
        if (patch.removed().contains("status")) {
            unremovable.add(new Violation("status", STATUS_UNREMOVABLE));
        }
        if (patch.removed().contains("percentComplete")) {
            unremovable.add(new Violation("percentComplete", PERCENT_UNREMOVABLE));
        }
        if (!unremovable.isEmpty()) {
            throw ApiException.unprocessable(REMOVES_REQUIRED_FIELD, unremovable);
        }
        ActivityStatus newStatus = patch.status() != null ? patch.status() : status;
        int newPercent = patch.percentComplete() != null ? patch.percentComplete()
                : newStatus == ActivityStatus.DONE ? 100 : percentComplete;
        LocalDate start = patch.merged("actualStart", patch.actualStart(), actualStart);
        LocalDate end = patch.merged("actualEnd", patch.actualEnd(), actualEnd);
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiException.unprocessable(ENDS_BEFORE_START, List.of(new Violation("actualEnd",
                    new LocalizedText("is before actualStart %s", "يسبق actualStart %s", "کەوتووەتە پێش actualStart %s")
                            .format(start))));
        }
        if (newStatus == ActivityStatus.DONE && newPercent != 100) {
            throw ApiException.unprocessable(DONE_NOT_COMPLETE, List.of(new Violation("percentComplete", DONE_NEEDS_100)));
        }
        status = newStatus;
        percentComplete = newPercent;
        actualStart = start;
        actualEnd = end;
        note = patch.merged("note", patch.note(), note);
        updatedBy = user;
        updatedAt = now;
    }
}
