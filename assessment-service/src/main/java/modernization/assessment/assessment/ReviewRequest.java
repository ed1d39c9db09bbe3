package modernization.assessment.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on a submitted assessment. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(@NotNull @Schema(example = "RETURN") Decision decision,
                            @Size(max = 100) List<@NotNull @Valid ReviewComment> comments) {

    /** Accept the assessment as it is, or send it back to the ministry. */
    public enum Decision {
        VALIDATE,
        RETURN
    }

    public List<ReviewComment> commentsOrEmpty() {
        return comments == null ? List.of() : comments;
    }
}
