package modernization.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://modernization.example/problems/not-found") URI type,
        @Schema(example = "Not Found") String title,
        @Schema(example = "404") int status,
        @Schema(example = "No ministry with code MOP-XYZ") String detail,
        @Schema(example = "/api/v1/ministries/MOP-XYZ") String instance,
        @Schema(description = "Request id, also returned in the X-Request-Id header") String requestId,
        @Schema(description = "Field errors of a validation problem") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "answers[0].level") String field,
                             @Schema(example = "must be between 0 and 5") String message) {
    }
}
