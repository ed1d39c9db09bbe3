package modernization.catalog.country;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A country's senior civil service: the global findings advisers draw on, with their sources. */
@Entity
@Table(name = "country_model")
public class CountryModel extends PanacheEntityBase {

    /** ISO 3166 alpha-2. */
    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "system_name", nullable = false)
    public LocalizedText systemName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText established;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText size;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "central_body", nullable = false)
    public LocalizedText centralBody;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText traits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources;

    // one statement loads the choices of every country of a page
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "country_choice", joinColumns = @JoinColumn(name = "country_code"))
    public List<Choice> choices = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected CountryModel() {
    }

    public CountryModel(String code, LocalizedText name, LocalizedText systemName, LocalizedText established,
                        LocalizedText size, LocalizedText centralBody, LocalizedText traits, List<Source> sources,
                        List<Choice> choices) {
        this.code = code;
        this.name = name;
        this.systemName = systemName;
        this.established = established;
        this.size = size;
        this.centralBody = centralBody;
        this.traits = traits;
        this.sources = List.copyOf(sources);
        this.choices = new ArrayList<>(choices);
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
