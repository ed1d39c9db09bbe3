package modernization.catalog.glossary;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A term of the programme, the one rendering of it in each language, and the renderings not to use. */
@Entity
@Table(name = "glossary_term")
public class GlossaryTerm extends PanacheEntityBase {

    @Id
    public String code;

    /** The term's place in the glossary as the seed file orders it. */
    @Column(nullable = false)
    public int position;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText term;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText definition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "do_not_use", nullable = false)
    public List<Avoided> doNotUse;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A rendering of the term that is wrong in one language. */
    public record Avoided(String lang, String text) {
    }

    protected GlossaryTerm() {
    }

    public GlossaryTerm(String code, int position, LocalizedText term, LocalizedText definition, List<Avoided> doNotUse,
                        Instant now) {
        this.code = code;
        this.position = position;
        this.term = term;
        this.definition = definition;
        this.doNotUse = List.copyOf(doNotUse);
        this.updatedAt = now;
    }

    /** Takes the content given, reporting whether anything changed (the seed file is the glossary's author). */
    public boolean replaceWith(GlossaryTerm content, Instant now) {
        if (position == content.position && term.equals(content.term) && definition.equals(content.definition)
                && doNotUse.equals(content.doNotUse)) {
            return false;
        }
        position = content.position;
        term = content.term;
        definition = content.definition;
        doNotUse = content.doNotUse;
        updatedAt = now;
        return true;
    }

    public static List<GlossaryTerm> inOrder() {
        return listAll(Sort.by("position").and("code"));
    }
}
