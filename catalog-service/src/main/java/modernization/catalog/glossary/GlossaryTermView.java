package modernization.catalog.glossary;

import java.util.List;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A glossary term in the served language, with every rendering not to use. */
@Schema(name = "GlossaryTerm")
public record GlossaryTermView(
        @Schema(example = "APPOINTEE") String code,
        @Schema(example = "appointee") String term,
        String definition,
        @Schema(description = "Renderings that must not be used for this term, in any language") List<AvoidedView> doNotUse,
        @Schema(example = "en") String lang,
        @Schema(enumeration = {"ltr", "rtl"}) String dir) {

    /** A wrong rendering of the term in one language. */
    @Schema(name = "GlossaryAvoidedRendering")
    public record AvoidedView(@Schema(example = "ckb") String lang, @Schema(example = "دامەزراوە") String text) {
    }

    /** The same term with its text in all three languages ({@code ?lang=all}). */
    @Schema(name = "GlossaryTermTranslations")
    public record Translations(@Schema(example = "APPOINTEE") String code, LocalizedText term, LocalizedText definition,
                               List<AvoidedView> doNotUse) {

        public static Translations from(GlossaryTerm t) {
            return new Translations(t.code, t.term, t.definition, avoided(t));
        }
    }

    /** One entry of the glossary's list: a term in one language, or in all three with {@code ?lang=all}. */
    @Schema(name = "GlossaryEntry", oneOf = {GlossaryTermView.class, Translations.class})
    public interface Entry {
    }

    public static GlossaryTermView from(GlossaryTerm t, Language lang) {
        return new GlossaryTermView(t.code, t.term.in(lang), t.definition.in(lang), avoided(t), lang.tag(),
                lang.direction());
    }

    private static List<AvoidedView> avoided(GlossaryTerm t) {
        return t.doNotUse.stream().map(a -> new AvoidedView(a.lang(), a.text())).toList();
    }
}
