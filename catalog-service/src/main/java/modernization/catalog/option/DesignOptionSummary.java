package modernization.catalog.option;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import modernization.common.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A design option as listed: enough to show and pick it; the full content is one GET away. */
@Schema(name = "DesignOptionSummary")
public record DesignOptionSummary(
        UUID id,
        @Schema(example = "ENTRY_INDEPENDENT_BOARD") String code,
        @Schema(example = "ENTRY_SELECTION") String dimension,
        @Schema(example = "Independent selection board") String title,
        String summary,
        List<String> pillars,
        List<String> countries,
        OptionStatus status,
        int version,
        Instant updatedAt,
        @Schema(example = "en") String lang,
        @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    public static DesignOptionSummary from(DesignOptionVersion v, Language lang) {
        return new DesignOptionSummary(v.option.id, v.option.code, v.dimension, v.title.in(lang), v.summary.in(lang),
                Arrays.asList(v.pillars), Arrays.asList(v.countries), v.status, v.number, v.updatedAt,
                lang.tag(), lang.direction());
    }
}
