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

    /**
     * One invalid part of a request, located three ways: {@code pointer}, an RFC 6901 JSON Pointer
     * into the request body ({@code /answers/0/level}); {@code parameter}, the query, path or header
     * parameter; and {@code criterion}, the readiness criterion an answer is missing for. {@code code}
     * is stable for programs, {@code message} is for people, and {@code field} is the earlier dotted
     * form ({@code answers[0].level}), kept for clients that parse it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "answers[0].level") String field,
                             @Schema(example = "must be between 0 and 5") String message,
                             @Schema(example = "out_of_range") String code,
                             @Schema(example = "/answers/0/level") String pointer,
                             @Schema(example = "size") String parameter,
                             @Schema(example = "LEGAL.CIVIL_SERVICE_LAW") String criterion) {

        /** A value that must be there and is not. */
        public static final String REQUIRED = "required";
        /** A number outside its range, or a date outside its window. */
        public static final String OUT_OF_RANGE = "out_of_range";
        /** Text or a list longer or shorter than allowed. */
        public static final String SIZE = "size";
        /** A value whose form is wrong (a pattern, a UUID, a country code, a sort key). */
        public static final String INVALID_FORMAT = "invalid_format";
        /** A JSON value of the wrong type, e.g. text where a number belongs. */
        public static final String WRONG_TYPE = "wrong_type";
        /** A reference to something that does not exist. */
        public static final String UNKNOWN = "unknown";
        /** The same thing named twice where once is allowed. */
        public static final String DUPLICATE = "duplicate";
        /** A value that does not fit with the rest of the request or with the resource's state. */
        public static final String INVALID = "invalid";

        /** A field of the request body with its machine code; the pointer (and criterion) follow from the path. */
        public FieldError(String field, String message, String code) {
            this(field, message, code, pointer(field), null, criterion(field));
        }

        /** A query, path or header parameter. */
        public static FieldError parameter(String name, String message, String code) {
            return new FieldError(name, message, code, null, name, null);
        }

        /**
         * The JSON Pointer of a dotted path: {@code answers[0].level} is {@code /answers/0/level}; a
         * part keyed by a criterion code ({@code answers[LEGAL.X].evidence}) points at the list it
         * belongs to ({@code /answers}), the criterion being named beside it.
         */
        static String pointer(String field) {
            if (field == null || field.isBlank() || "body".equals(field)) {
                return "";
            }
            StringBuilder pointer = new StringBuilder();
            int i = 0;
            while (i < field.length()) {
                char c = field.charAt(i);
                if (c == '[') {
                    int end = field.indexOf(']', i);
                    String key = field.substring(i + 1, end < 0 ? field.length() : end);
                    if (!key.chars().allMatch(Character::isDigit)) {
                        return pointer.toString();
                    }
                    pointer.append('/').append(key);
                    i = end < 0 ? field.length() : end + 1;
                } else if (c == '.') {
                    i++;
                } else {
                    int end = i;
                    while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                        end++;
                    }
                    pointer.append('/').append(field.substring(i, end).replace("~", "~0").replace("/", "~1"));
                    i = end;
                }
            }
            return pointer.toString();
        }

        /** The criterion code of a path keyed by one, e.g. {@code answers[LEGAL.X]}; null otherwise. */
        static String criterion(String field) {
            if (field == null) {
                return null;
            }
            int open = field.indexOf('[');
            int close = field.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                return null;
            }
            String key = field.substring(open + 1, close);
            return key.isEmpty() || key.chars().allMatch(Character::isDigit) ? null : key;
        }
    }
}
