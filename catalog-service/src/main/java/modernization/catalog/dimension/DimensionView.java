package modernization.catalog.dimension;

import java.util.List;
import java.util.UUID;
import modernization.catalog.option.DesignOptionVersion;
import modernization.catalog.option.OptionStatus;
import modernization.common.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A design dimension with the options a government chooses between on it. */
@Schema(name = "Dimension")
public record DimensionView(
        @Schema(example = "ENTRY_SELECTION") String code,
        @Schema(example = "Entry and selection") String name,
        String description,
        @Schema(example = "3") int order,
        List<OptionRef> options,
        @Schema(example = "en") String lang,
        @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    /** An option of the dimension, in brief. */
    @Schema(name = "DimensionOption")
    public record OptionRef(UUID id, @Schema(example = "ENTRY_INDEPENDENT_BOARD") String code, String title,
                            String summary, OptionStatus status, int version) {

        static OptionRef from(DesignOptionVersion v, Language lang) {
            return new OptionRef(v.option.id, v.option.code, v.title.in(lang), v.summary.in(lang), v.status, v.number);
        }
    }

    public static DimensionView from(Dimension d, List<DesignOptionVersion> options, Language lang) {
        return new DimensionView(d.code, d.name.in(lang), d.description.in(lang), d.order,
                options.stream().map(o -> OptionRef.from(o, lang)).toList(), lang.tag(), lang.direction());
    }
}
