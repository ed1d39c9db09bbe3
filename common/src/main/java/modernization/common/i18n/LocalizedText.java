package modernization.common.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in the three working languages; English is required, the others fall back to it. */
@Schema(name = "LocalizedText", description = "Text in English (required), Arabic and Central Kurdish")
public record LocalizedText(
        @NotBlank(message = "English text is required") @Size(max = 20000) @Schema(example = "Ministry of Planning") String en,
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
}
