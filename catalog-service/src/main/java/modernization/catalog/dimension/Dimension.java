package modernization.catalog.dimension;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import modernization.common.i18n.LocalizedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dimension of SES design on which a government chooses one option, e.g. entry and selection. */
@Entity
@Table(name = "dimension")
public class Dimension extends PanacheEntityBase {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText description;

    @Column(name = "display_order", nullable = false)
    public int order;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Dimension() {
    }

    public Dimension(String code, int order, LocalizedText name, LocalizedText description) {
        this.code = code;
        this.order = order;
        this.name = name;
        this.description = description;
    }

    /** Takes the seed's name and description; reports whether either changed. */
    public boolean replaceText(LocalizedText name, LocalizedText description) {
        if (this.name.equals(name) && this.description.equals(description)) {
            return false;
        }
        this.name = name;
        this.description = description;
        return true;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
