package modernization.assessment.framework;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;

/**
 * The translations a framework's versions give its texts, keyed by the English text. A version in
 * use never changes, so a text an earlier version has in English only is served in Arabic or
 * Central Kurdish as a later version of the same framework translates the very same English text:
 * the question, the level and what it means stay exactly as they were.
 */
public final class KnownTranslations {

    private static final KnownTranslations NONE = new KnownTranslations(Map.of());

    private final Map<String, LocalizedText> byEnglish;

    private KnownTranslations(Map<String, LocalizedText> byEnglish) {
        this.byEnglish = byEnglish;
    }

    public static KnownTranslations none() {
        return NONE;
    }

    /** What the versions translate, the latest version's rendering first. */
    public static KnownTranslations of(List<FrameworkVersion> versions) {
        Map<String, LocalizedText> known = new HashMap<>();
        versions.stream().sorted(Comparator.comparingInt((FrameworkVersion v) -> v.number).reversed())
                .flatMap(v -> texts(v.areas))
                .filter(t -> t != null && (present(t.ar()) || present(t.ckb())))
                .forEach(t -> known.merge(t.en(), t, KnownTranslations::fillGaps));
        return new KnownTranslations(Map.copyOf(known));
    }

    /** The text in the language, its own translation first, then a later version's of the same English. */
    public String in(LocalizedText text, Language lang) {
        if (text == null) {
            return null;
        }
        String own = switch (lang) {
            case EN -> text.en();
            case AR -> text.ar();
            case CKB -> text.ckb();
        };
        if (present(own)) {
            return own;
        }
        LocalizedText known = byEnglish.get(text.en());
        return known == null ? text.in(lang) : known.in(lang);
    }

    private static Stream<LocalizedText> texts(List<FrameworkContent.Area> areas) {
        return areas.stream().flatMap(a -> Stream.concat(Stream.of(a.name()), a.criteria().stream().flatMap(c ->
                Stream.concat(Stream.of(c.name(), c.question(), c.evidenceGuidance()),
                        c.levels().stream().map(FrameworkContent.Level::descriptor)))));
    }

    private static LocalizedText fillGaps(LocalizedText later, LocalizedText earlier) {
        return new LocalizedText(later.en(), present(later.ar()) ? later.ar() : earlier.ar(),
                present(later.ckb()) ? later.ckb() : earlier.ckb());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
