package modernization.assessment.ministry;

import modernization.common.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ministry as the API shows it, in the language the caller asked for. */
@Schema(name = "Ministry")
public record MinistryView(
        @Schema(example = "MOP-KRG") String code,
        @Schema(example = "Ministry of Planning (Kurdistan Regional Government)") String name,
        @Schema(description = "Language of the text fields", example = "en") String lang,
        @Schema(description = "Text direction of the text fields", enumeration = {"ltr", "rtl"}) String dir,
        Government government,
        long version) {

    public static MinistryView from(Ministry ministry, Language language) {
        return new MinistryView(ministry.code, ministry.name.in(language), language.tag(), language.direction(),
                ministry.government, ministry.version);
    }
}
