package modernization.common.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The working languages of the programme: English, Arabic and Central Kurdish (Sorani). */
public enum Language {
    EN("en", "ltr"),
    AR("ar", "rtl"),
    CKB("ckb", "rtl");

    private final String tag;
    private final String direction;

    Language(String tag, String direction) {
        this.tag = tag;
        this.direction = direction;
    }

    /** The BCP 47 tag, as sent in {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /** {@code rtl} or {@code ltr}, for clients laying out the text. */
    public String direction() {
        return direction;
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }

    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }
}
