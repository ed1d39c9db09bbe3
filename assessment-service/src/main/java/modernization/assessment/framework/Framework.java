package modernization.assessment.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import modernization.common.i18n.LocalizedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A readiness framework, e.g. SES-READINESS; its content lives in versions. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText description;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    protected Framework() {
    }

    public Framework(String code, LocalizedText name, LocalizedText description, String user, Instant now) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.createdBy = user;
        this.createdAt = now;
    }

    /** Takes a new name and description, e.g. a corrected translation; the versions stay as they are. */
    public void retitle(LocalizedText name, LocalizedText description) {
        if (!this.name.equals(name) || !this.description.equals(description)) {
            this.name = name;
            this.description = description;
        }
    }
}
