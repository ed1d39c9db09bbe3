package modernization.catalog.legal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import modernization.catalog.source.Source;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.TextLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A risk of adopting an option in the Iraqi context, with the sources that document it. */
@Schema(name = "RiskRequest")
public record Risk(
        @NotNull RiskScope government,
        @NotNull @Valid @TextLength(max = 2000) LocalizedText description,
        @NotNull @Size(min = 1, max = 10, message = "{modernization.catalog.risk-sources-size}") List<@NotNull @Valid Source> sources) {
}
