package modernization.catalog.legal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.TextLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What adopting an option takes in one government's law: the instrument, and the kind of act. */
@Schema(name = "LegalBasisRequest")
public record LegalBasis(
        @NotNull Jurisdiction government,
        @Schema(example = "IQ_CIVIL_SERVICE_LAW_24_1960") @NotBlank @Size(max = 64) String instrumentCode,
        @NotNull LegalAction action,
        @Valid @TextLength(max = 1000) LocalizedText note) {
}
