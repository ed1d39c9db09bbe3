package modernization.common.http;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem;
import modernization.common.problem.ProblemType;

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
            throw new ApiException(ProblemType.VALIDATION, "The request has invalid fields.",
                    List.of(Problem.FieldError.parameter(name, "must be one of " + allowed, Problem.FieldError.INVALID_FORMAT)));
        }
    }
}
