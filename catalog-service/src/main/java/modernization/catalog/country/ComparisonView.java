package modernization.catalog.country;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Countries side by side: one row per dimension, one cell per country in the order asked. */
@Schema(name = "CountryComparison")
public record ComparisonView(List<Column> countries, List<Row> rows, String lang, String dir) {

    /** A compared country. */
    @Schema(name = "ComparedCountry")
    public record Column(@Schema(example = "CA") String code, String name, String systemName) {
    }

    /** One dimension across the compared countries. */
    @Schema(name = "ComparisonRow")
    public record Row(@Schema(example = "ENTRY_SELECTION") String dimension, String dimensionName, List<Cell> cells) {
    }

    /** What one country chose on the row's dimension; the option fields are null when it made no recorded choice. */
    @Schema(name = "ComparisonCell")
    public record Cell(@Schema(example = "CA") String country,
                       @Schema(nullable = true, description = "null when the country made no choice on this dimension") UUID optionId,
                       @Schema(nullable = true) String optionCode, @Schema(nullable = true) String optionTitle,
                       @Schema(nullable = true) String note) {
    }
}
