package modernization.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import modernization.common.i18n.LocalizedText;

/**
 * A failure the client can act on. Services throw it for domain rules, saying what is wrong in the
 * three languages; the one error mapper turns it into problem+json with the status of its type,
 * in the language the request is served in. Its message (for logs) is the English text.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final LocalizedText detail;
    private final List<Violation> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(ProblemType type, LocalizedText detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, LocalizedText detail, List<Violation> errors) {
        super(detail.en(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public LocalizedText detail() {
        return detail;
    }

    public List<Violation> errors() {
        return errors;
    }

    /** Headers the problem's response carries, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static ApiException notFound(LocalizedText detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    public static ApiException badRequest(LocalizedText detail) {
        return new ApiException(ProblemType.BAD_REQUEST, detail);
    }

    public static ApiException forbidden(LocalizedText detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException conflict(LocalizedText detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException unprocessable(LocalizedText detail, List<Violation> errors) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail, errors);
    }
}
