package modernization.catalog.country;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The option a country chose on one dimension, with a note on the evidence. */
@Embeddable
public class Choice {

    @Column(name = "dimension_code", nullable = false)
    public String dimension;

    @Column(name = "option_code", nullable = false)
    public String option;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "note")
    public LocalizedText note;

    /** The ids of the country's sources that show this choice. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_refs", nullable = false)
    public List<String> sourceRefs = List.of();

    /** A choice as values, for comparing a stored country with its seed. */
    public record Content(String dimension, String option, LocalizedText note, List<String> sourceRefs) {
    }

    protected Choice() {
    }

    public Choice(String dimension, String option, LocalizedText note, List<String> sourceRefs) {
        this.dimension = dimension;
        this.option = option;
        this.note = note;
        this.sourceRefs = List.copyOf(sourceRefs);
    }

    public Content content() {
        return new Content(dimension, option, note, sourceRefs);
    }
}
