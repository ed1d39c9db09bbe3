package modernization.catalog.legal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import modernization.catalog.source.Source;
import modernization.common.i18n.LocalizedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A constitution, law, regulation or decision that governs senior appointments in one jurisdiction. */
@Entity
@Table(name = "legal_instrument")
public class LegalInstrument extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstrumentKind kind;

    /** As the instrument is cited ("24"); null for a constitution. */
    public String number;

    @Column(nullable = false)
    public int year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText relevance;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected LegalInstrument() {
    }

    public LegalInstrument(String code, Jurisdiction jurisdiction, InstrumentKind kind, String number, int year,
                           LocalizedText title, LocalizedText relevance, List<Source> sources, Instant now) {
        this.code = code;
        this.jurisdiction = jurisdiction;
        this.kind = kind;
        this.number = number;
        this.year = year;
        this.title = title;
        this.relevance = relevance;
        this.sources = List.copyOf(sources);
        this.updatedAt = now;
    }

    /** Takes the content given, reporting whether anything changed (the seed file is the instrument's author). */
    public boolean replaceWith(LegalInstrument content, Instant now) {
        if (jurisdiction == content.jurisdiction && kind == content.kind && Objects.equals(number, content.number)
                && year == content.year && title.equals(content.title) && relevance.equals(content.relevance)
                && sources.equals(content.sources)) {
            return false;
        }
        jurisdiction = content.jurisdiction;
        kind = content.kind;
        number = content.number;
        year = content.year;
        title = content.title;
        relevance = content.relevance;
        sources = content.sources;
        updatedAt = now;
        return true;
    }

    public static List<LegalInstrument> of(Jurisdiction jurisdiction) {
        return jurisdiction == null ? listAll(Sort.by("jurisdiction").and("year").and("code"))
                : list("jurisdiction", Sort.by("year").and("code"), jurisdiction);
    }
}
