package modernization.catalog.option;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import modernization.catalog.legal.LegalBasis;
import modernization.catalog.legal.Risk;
import modernization.catalog.source.Source;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.TextLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A design option as written by advisers: localized fields are {"en", "ar", "ckb"} objects, en required. */
@Schema(name = "DesignOptionRequest")
public record DesignOptionRequest(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{2,63}$", message = "{modernization.catalog.code-pattern}")
        String code,
        @NotBlank String dimension,
        @NotNull @Valid @TextLength(max = 200) LocalizedText title,
        @NotNull @Valid @TextLength(max = 500) LocalizedText summary,
        @NotNull @Valid @TextLength(max = 5000) LocalizedText description,
        @NotNull @Size(max = 20) List<@NotNull @Valid @TextLength(max = 1000) LocalizedText> pros,
        @NotNull @Size(max = 20) List<@NotNull @Valid @TextLength(max = 1000) LocalizedText> cons,
        @NotNull @Size(max = 20) List<@NotNull @Valid Prerequisite> prerequisites,
        @NotNull @Size(max = 30) List<@NotNull @Valid ImplementationStep> implementationSteps,
        @NotNull @Size(max = 4) List<@NotNull String> pillars,
        @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "{modernization.catalog.country-code-pattern}") String> countries,
        @Schema(description = "The publications behind the option's statements; every figure of its text is backed by one")
        @Size(max = 30) List<@NotNull @Valid Source> sources,
        @Schema(description = "Per government, the instrument adopting it touches and the kind of act it takes")
        @Size(max = 20) List<@NotNull @Valid LegalBasis> legalBasis,
        @Schema(description = "Its risks in the Iraqi context, each with its sources")
        @Size(max = 20) List<@NotNull @Valid Risk> risks) {

    /** Sources, legal basis and risks may be left out: they are then empty. */
    public DesignOptionRequest {
        sources = sources == null ? List.of() : sources;
        legalBasis = legalBasis == null ? List.of() : legalBasis;
        risks = risks == null ? List.of() : risks;
    }

    /** A complete request body, shown in Swagger UI. */
    public static final String EXAMPLE = """
            {
              "code": "ENTRY_INDEPENDENT_BOARD",
              "dimension": "ENTRY_SELECTION",
              "title": {"en": "Independent selection board", "ar": "مجلس اختيار مستقل", "ckb": "ئەنجومەنی سەربەخۆی هەڵبژاردن"},
              "summary": {"en": "An independent council runs the selection of senior executives, as in Chile."},
              "description": {"en": "A council outside the ministries shortlists candidates through open competition."},
              "pros": [{"en": "Shields appointments from patronage"}, {"en": "Builds public trust"}],
              "cons": [{"en": "Costly to run"}, {"en": "Ministers may resist"}],
              "prerequisites": [{"criterionCode": "LEGAL.MERIT_RECRUITMENT_LAW", "description": {"en": "A law that requires merit-based selection"}}],
              "implementationSteps": [
                {"code": "ADOPT_LAW", "title": {"en": "Adopt the legal basis"}, "durationMonths": 9, "dependsOn": [], "phase": "FOUNDATION"},
                {"code": "CONSTITUTE_BOARD", "title": {"en": "Constitute the board"}, "durationMonths": 3, "dependsOn": ["ADOPT_LAW"], "phase": "FOUNDATION"}
              ],
              "pillars": ["ACCOUNTABILITY_PERFORMANCE"],
              "countries": ["CL"],
              "sources": [{"title": "Misión y funciones Consejo de Alta Dirección Pública",
                           "publisher": "Dirección Nacional del Servicio Civil, Chile", "url": "https://serviciocivil.cl/?p=3096",
                           "locator": "Whole page", "supports": "the Council proposes a short list of three or four candidates",
                           "checkedAt": "https://serviciocivil.cl/?p=3096", "verified": true}],
              "legalBasis": [{"government": "FEDERAL_IRAQ", "instrumentCode": "IQ_FPSC_LAW_4_2009", "action": "AMENDMENT",
                              "note": {"en": "The council's law would give the board its mandate."}}],
              "risks": [{"government": "FEDERAL_IRAQ",
                         "description": {"en": "The Council of Representatives approves special-grade appointments on the Council of Ministers' proposal: a board can shortlist but not replace that approval."},
                         "sources": [{"title": "Constitution of the Republic of Iraq", "year": 2005,
                                      "locator": "Article 61 Fifth", "verified": false,
                                      "note": "an example: cite the copy you checked, with its url"}]}]
            }""";
}
