package modernization.assessment.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a framework. Once an assessment uses it, it is frozen: scores must mean the same
 * thing for every ministry that answered it.
 */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "framework_code", nullable = false, updatable = false)
    public String frameworkCode;

    @Column(name = "version", nullable = false, updatable = false)
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<FrameworkContent.Area> areas;

    @Column(name = "in_use", nullable = false)
    public boolean inUse;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long revision;

    protected FrameworkVersion() {
    }

    public FrameworkVersion(String frameworkCode, int number, List<FrameworkContent.Area> areas, String user, Instant now) {
        this.id = UUID.randomUUID();
        this.frameworkCode = frameworkCode;
        this.number = number;
        this.areas = List.copyOf(areas);
        this.createdBy = user;
        this.createdAt = now;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public static Optional<FrameworkVersion> find(String frameworkCode, int number) {
        return find("frameworkCode = ?1 and number = ?2", frameworkCode, number).firstResultOptional();
    }

    /** Replaces the content, unless an assessment already uses this version (409). */
    public void replaceAreas(List<FrameworkContent.Area> newAreas, String user, Instant now) {
        if (inUse) {
            throw ApiException.conflict(new LocalizedText(
                    "Version %s of %s is used by an assessment and can no longer change; create a new version instead.",
                    "الإصدار %1$s من الإطار %2$s مستخدَم في تقييم ولم يعد من الممكن تعديله؛ أنشئ إصدارًا جديدًا بدلًا من ذلك.",
                    "وەشانی %1$s لە چوارچێوەی %2$s لە هەڵسەنگاندنێکدا بەکار هاتووە و چیتر ناگۆڕدرێت؛ لە جیاتی ئەوە وەشانێکی نوێ دروست بکە.")
                    .format(number, frameworkCode));
        }
        areas = List.copyOf(newAreas);
        updatedBy = user;
        updatedAt = now;
    }

    /** Freezes the version: called when an assessment starts on it. */
    public void markInUse() {
        inUse = true;
    }
}
