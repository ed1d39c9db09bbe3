package modernization.common.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in the three working languages; English is required, the others fall back to it. */
@Schema(name = "LocalizedText", description = "Text in English (required), Arabic and Central Kurdish")
public record LocalizedText(
        @NotBlank(message = "{modernization.common.english-required}") @Size(max = 20000) @Schema(example = "Ministry of Planning") String en,
        @Size(max = 20000) @Schema(example = "وزارة التخطيط") String ar,
        @Size(max = 20000) @Schema(example = "وەزارەتی پلاندانان") String ckb) {

    /** The text in the given language, or the English text when that translation is missing. */
    public String in(Language language) {
        String text = switch (language) {
            case EN -> en;
            case AR -> ar;
            case CKB -> ckb;
        };
        return text == null || text.isBlank() ? en : text;
    }

    /**
     * The three texts as {@link String#format} templates filled with the same arguments (a
     * {@code %s} each, say; {@code %%} for a percent sign), e.g. for a message naming a code. An
     * argument that is itself a {@code LocalizedText} fills each language with its own text.
     */
    public LocalizedText format(Object... args) {
        return new LocalizedText(fill(en, Language.EN, args), fill(ar, Language.AR, args), fill(ckb, Language.CKB, args));
    }

    private static String fill(String template, Language language, Object[] args) {
        if (template == null) {
            return null;
        }
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = args[i] instanceof LocalizedText text ? text.in(language) : args[i];
        }
        return String.format(java.util.Locale.ROOT, template, filled);
    }
}
