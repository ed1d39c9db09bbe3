package modernization.catalog.seed;

import java.time.Instant;
import java.util.List;
import modernization.catalog.glossary.GlossaryTerm;
import modernization.common.i18n.LocalizedText;

/** A glossary term as written in {@code seed/glossary.json}; its place in the file is its position. */
record GlossarySeed(String code, LocalizedText term, LocalizedText definition, List<GlossaryTerm.Avoided> doNotUse) {

    GlossaryTerm toTerm(int position, Instant now) {
        return new GlossaryTerm(code, position, term, definition, doNotUse == null ? List.of() : doNotUse, now);
    }
}
