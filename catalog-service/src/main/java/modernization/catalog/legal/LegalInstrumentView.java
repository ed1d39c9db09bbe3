package modernization.catalog.legal;

import java.util.List;
import modernization.catalog.source.Source;
import modernization.common.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal instrument in the served language. */
@Schema(name = "LegalInstrument")
public record LegalInstrumentView(
        @Schema(example = "IQ_FPSC_LAW_4_2009") String code,
        Jurisdiction jurisdiction,
        InstrumentKind kind,
        @Schema(description = "The number it is cited by; null for a constitution", example = "4", nullable = true) String number,
        @Schema(example = "2009") int year,
        @Schema(example = "Federal Public Service Council Law No. 4 of 2009") String title,
        @Schema(description = "What it says about senior posts, appointment, pay or discipline") String relevance,
        List<Source> sources,
        @Schema(example = "en") String lang,
        @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    public static LegalInstrumentView from(LegalInstrument instrument, Language lang) {
        return new LegalInstrumentView(instrument.code, instrument.jurisdiction, instrument.kind, instrument.number,
                instrument.year, instrument.title.in(lang), instrument.relevance.in(lang), instrument.sources,
                lang.tag(), lang.direction());
    }
}
