package modernization.catalog.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import modernization.catalog.source.Source;
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

    /** The sources of each fact ({@code established}, {@code size}, {@code centralBody}, {@code traits}), by source id. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Fact> facts;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "women_in_senior_posts")
    public WomenInSeniorPosts womenInSeniorPosts;

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

    /** The sources of one fact, and for a figure the year it describes. */
    public record Fact(@Schema(nullable = true, description = "the year the fact describes, where it has one") Integer year, List<String> sourceRefs) {
    }

    /** The share of women in the country's senior posts, as a source gives it. */
    public record WomenInSeniorPosts(BigDecimal share, int year, LocalizedText text, List<String> sourceRefs) {
    }

    /** What the seed file says of a country: compared with what is stored, it tells whether the seed changed. */
    public record Content(LocalizedText name, LocalizedText systemName, LocalizedText established, LocalizedText size,
                          LocalizedText centralBody, LocalizedText traits, List<Source> sources, Map<String, Fact> facts,
                          WomenInSeniorPosts womenInSeniorPosts, List<Choice.Content> choices) {
    }

    public CountryModel(String code, Content content) {
        this.code = code;
        apply(content);
    }

    public Content content() {
        return new Content(name, systemName, established, size, centralBody, traits, sources, facts, womenInSeniorPosts,
                choices.stream().map(Choice::content).toList());
    }

    /** Takes the seed's content; reports whether anything changed. */
    public boolean replaceWith(Content content) {
        if (content().equals(content)) {
            return false;
        }
        apply(content);
        return true;
    }

    private void apply(Content content) {
        this.name = content.name();
        this.systemName = content.systemName();
        this.established = content.established();
        this.size = content.size();
        this.centralBody = content.centralBody();
        this.traits = content.traits();
        this.sources = List.copyOf(content.sources());
        this.facts = Map.copyOf(content.facts());
        this.womenInSeniorPosts = content.womenInSeniorPosts();
        this.choices.clear();
        content.choices().forEach(c -> this.choices.add(new Choice(c.dimension(), c.option(), c.note(), c.sourceRefs())));
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
