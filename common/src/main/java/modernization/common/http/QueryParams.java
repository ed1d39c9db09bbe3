package modernization.common.http;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem;
import modernization.common.problem.ProblemExceptionMappers;
import modernization.common.problem.ProblemType;
import modernization.common.problem.Violation;

/**
 * Query parameter parsing with a 400 that names the parameter and its allowed values (JAX-RS
 * would answer 404 for an enum it cannot convert, which misleads the caller).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The parameter without surrounding blanks, or {@code null} when absent or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The enum constant named by {@code value}, or {@code null} when the parameter is absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ApiException(ProblemType.VALIDATION, ProblemExceptionMappers.INVALID_FIELDS,
                    List.of(Violation.parameter(name, new LocalizedText("must be one of %s", "يجب أن تكون إحدى القيم: %s",
                            "دەبێت یەکێک لەمانە بێت: %s").format(allowed), Problem.FieldError.INVALID_FORMAT)));
        }
    }
}
