package modernization.catalog.seed;

import java.time.Instant;
import java.util.List;
import modernization.catalog.legal.InstrumentKind;
import modernization.catalog.legal.Jurisdiction;
import modernization.catalog.legal.LegalInstrument;
import modernization.catalog.source.Source;
import modernization.common.i18n.LocalizedText;

/** A legal instrument as written in {@code seed/legal-instruments.json}. */
record LegalInstrumentSeed(String code, Jurisdiction jurisdiction, InstrumentKind kind, String number, int year,
                           LocalizedText title, LocalizedText relevance, List<Source> sources) {

    LegalInstrument toInstrument(Instant now) {
        return new LegalInstrument(code, jurisdiction, kind, number, year, title, relevance, sources, now);
    }
}
