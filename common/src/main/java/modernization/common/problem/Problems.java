package modernization.common.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import modernization.common.http.RequestIds;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.RequestLanguage;

/**
 * Builds problem+json bodies and responses so every error of every service has one shape, its
 * title, detail and field messages in the language the request is served in ({@code ?lang=}, then
 * {@code Accept-Language}), which {@code Content-Language} names.
 */
public final class Problems {

    private Problems() {
    }

    public static Problem problem(ProblemType type, LocalizedText detail, HttpServerRequest request,
                                  List<Violation> errors) {
        Language language = RequestLanguage.of(request);
        return new Problem(type.uri(), type.title(language), type.status(), detail.in(language),
                request == null ? null : request.path(),
                request == null ? null : RequestIds.of(request),
                errors.stream().map(error -> error.in(language)).toList());
    }

    /** A problem whose field errors are already in the request's language (Bean Validation's). */
    static Problem problemWithFieldErrors(ProblemType type, LocalizedText detail, HttpServerRequest request,
                                          List<Problem.FieldError> errors) {
        Language language = RequestLanguage.of(request);
        return new Problem(type.uri(), type.title(language), type.status(), detail.in(language),
                request == null ? null : request.path(), request == null ? null : RequestIds.of(request), errors);
    }

    public static Response response(ProblemType type, LocalizedText detail, HttpServerRequest request) {
        return response(type, detail, request, List.of());
    }

    public static Response response(ProblemType type, LocalizedText detail, HttpServerRequest request,
                                    List<Violation> errors) {
        return builder(type, detail, request, errors).build();
    }

    public static Response.ResponseBuilder builder(ProblemType type, LocalizedText detail, HttpServerRequest request,
                                                   List<Violation> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language(request))
                .entity(problem(type, detail, request, errors));
    }

    /** The {@code Content-Language} of a problem answered to this request. */
    public static String language(HttpServerRequest request) {
        return RequestLanguage.of(request).tag();
    }
}
