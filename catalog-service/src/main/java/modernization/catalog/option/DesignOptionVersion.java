package modernization.catalog.option;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import modernization.catalog.legal.LegalBasis;
import modernization.catalog.legal.Risk;
import modernization.catalog.source.Source;
import modernization.common.i18n.LocalizedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The content of one version of a design option; a published version is never changed again. */
@Entity
@Table(name = "design_option_version")
public class DesignOptionVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "option_id", nullable = false, updatable = false)
    public DesignOption option;

    @Column(name = "version", nullable = false, updatable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OptionStatus status;

    @Column(name = "dimension_code", nullable = false)
    public String dimension;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<LocalizedText> pros;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<LocalizedText> cons;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Prerequisite> prerequisites;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "implementation_steps", nullable = false)
    public List<ImplementationStep> implementationSteps;

    @Column(nullable = false, columnDefinition = "text[]")
    public String[] pillars;

    @Column(nullable = false, columnDefinition = "text[]")
    public String[] countries;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis", nullable = false)
    public List<LegalBasis> legalBasis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Risk> risks;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "retired_by")
    public String retiredBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    /** Bumped by every change of this row; with {@link #number} it makes the ETag. */
    @Version
    public long revision;

    protected DesignOptionVersion() {
    }

    DesignOptionVersion(DesignOption option, int number, DesignOptionRequest content, String user, Instant now) {
        this.id = UUID.randomUUID();
        this.option = option;
        this.number = number;
        this.status = OptionStatus.DRAFT;
        this.createdBy = user;
        this.createdAt = now;
        replaceContent(content, user, now);
    }

    void replaceContent(DesignOptionRequest content, String user, Instant now) {
        if (status != OptionStatus.DRAFT) {
            throw new IllegalStateException("only a draft is edited in place");
        }
        dimension = content.dimension();
        title = content.title();
        summary = content.summary();
        description = content.description();
        pros = List.copyOf(content.pros());
        cons = List.copyOf(content.cons());
        prerequisites = List.copyOf(content.prerequisites());
        implementationSteps = List.copyOf(content.implementationSteps());
        pillars = content.pillars().stream().distinct().toArray(String[]::new);
        countries = content.countries().stream().distinct().toArray(String[]::new);
        sources = List.copyOf(content.sources());
        legalBasis = List.copyOf(content.legalBasis());
        risks = List.copyOf(content.risks());
        updatedBy = user;
        updatedAt = now;
    }

    /** This version's content as a request would write it: what a seed is compared with. */
    public DesignOptionRequest content() {
        return new DesignOptionRequest(option.code, dimension, title, summary, description, pros, cons, prerequisites,
                implementationSteps, List.of(pillars), List.of(countries), sources, legalBasis, risks);
    }

    void publish(String user, Instant now) {
        status = OptionStatus.PUBLISHED;
        publishedBy = user;
        publishedAt = now;
        updatedBy = user;
        updatedAt = now;
    }

    void retire(String user, Instant now) {
        status = OptionStatus.RETIRED;
        retiredBy = user;
        retiredAt = now;
        updatedBy = user;
        updatedAt = now;
    }
}
