package modernization.catalog.pillar;

import modernization.common.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pillar as the API shows it, in the language the caller asked for. */
@Schema(name = "Pillar")
public record PillarView(
        @Schema(example = "CITIZEN_ENGAGEMENT") String code,
        @Schema(example = "Citizen engagement") String name,
        String description,
        @Schema(example = "1") int order,
        @Schema(description = "Language of the text fields", example = "en") String lang,
        @Schema(description = "Text direction of the text fields", enumeration = {"ltr", "rtl"}) String dir) {

    public static PillarView from(Pillar pillar, Language language) {
        return new PillarView(pillar.code, pillar.name.in(language), pillar.description.in(language), pillar.order,
                language.tag(), language.direction());
    }
}
