package modernization.assessment.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All the answers of an assessment; they replace the stored ones. */
@Schema(name = "AnswersRequest")
public record AnswersRequest(@NotNull @Size(max = 200) List<@NotNull @Valid Answer> answers) {
}
