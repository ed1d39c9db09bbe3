package modernization.catalog.legal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;

/** The legal instruments of the two jurisdictions, as seeded. */
@ApplicationScoped
public class LegalInstrumentService {

    /** All instruments, or one jurisdiction's; 400 for a jurisdiction that is not one. */
    public List<LegalInstrument> list(String jurisdiction) {
        return LegalInstrument.of(jurisdiction == null || jurisdiction.isBlank() ? null : parse(jurisdiction));
    }

    public LegalInstrument get(String code) {
        return LegalInstrument.<LegalInstrument>findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound(new LocalizedText(
                        "No legal instrument %s.",
                        "لا يوجد صك قانوني بالرمز %s.",
                        "هیچ ئامرازێکی یاسایی بە کۆدی %s نییە.").format(code)));
    }

    /** The instruments with these codes, keyed by code (unknown codes are left out). */
    public Map<String, LegalInstrument> byCode(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return LegalInstrument.<LegalInstrument>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
    }

    /** The titles of the instruments an option's legal basis names, keyed by code. */
    public Map<String, LocalizedText> titles(List<LegalBasis> basis) {
        return byCode(basis.stream().map(LegalBasis::instrumentCode).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(i -> i.code, i -> i.title));
    }

    private static Jurisdiction parse(String jurisdiction) {
        try {
            return Jurisdiction.valueOf(jurisdiction.trim());
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest(new LocalizedText(
                    "jurisdiction must be one of %s; got '%s'.",
                    "يجب أن تكون قيمة jurisdiction إحدى %s؛ لكن وردت '%s'.",
                    "بەهای jurisdiction دەبێت یەکێک بێت لە %s؛ بەڵام '%s' هات.")
                    .format(Arrays.toString(Jurisdiction.values()), jurisdiction));
        }
    }
}
