package modernization.common.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import modernization.common.http.RequestIds;

/** Builds problem+json bodies and responses so every error of every service has one shape. */
public final class Problems {

    private Problems() {
    }

    public static Problem problem(ProblemType type, String detail, HttpServerRequest request,
                                  List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail,
                request == null ? null : request.path(),
                request == null ? null : RequestIds.of(request), errors);
    }

    public static Response response(ProblemType type, String detail, HttpServerRequest request) {
        return response(type, detail, request, List.of());
    }

    public static Response response(ProblemType type, String detail, HttpServerRequest request,
                                    List<Problem.FieldError> errors) {
        return builder(type, detail, request, errors).build();
    }

    public static Response.ResponseBuilder builder(ProblemType type, String detail, HttpServerRequest request,
                                                   List<Problem.FieldError> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem(type, detail, request, errors));
    }
}
