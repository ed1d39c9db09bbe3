package modernization.catalog.country;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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

    protected Choice() {
    }

    public Choice(String dimension, String option, LocalizedText note) {
        this.dimension = dimension;
        this.option = option;
        this.note = note;
    }
}
