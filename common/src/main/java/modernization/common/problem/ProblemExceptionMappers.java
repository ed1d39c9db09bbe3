package modernization.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import modernization.common.http.RequestIds;
import modernization.common.i18n.Language;
import modernization.common.i18n.LocalizedText;
import modernization.common.i18n.RequestLanguage;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error mapper: every exception that leaves a resource becomes RFC 9457 problem+json.
 * Unexpected failures are logged with the request id and answered without internals.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    public static final LocalizedText INVALID_FIELDS = new LocalizedText("The request has invalid fields.",
            "يحتوي الطلب على حقول غير صالحة.", "داواکارییەکە خانەی نادروستی تێدایە.");
    private static final LocalizedText TRUNCATED_AT = new LocalizedText(
            "The request body ends before its JSON is complete at line %d, column %d (truncated?).",
            "ينتهي محتوى الطلب قبل اكتمال JSON عند السطر %d، العمود %d (هل اقتُطع؟).",
            "ناوەڕۆکی داواکاری پێش تەواوبوونی JSON-ەکەی کۆتایی دێت لە دێڕی %d، ستوونی %d (بڕدراوە؟).");
    private static final LocalizedText TRUNCATED = new LocalizedText(
            "The request body ends before its JSON is complete (truncated?).",
            "ينتهي محتوى الطلب قبل اكتمال JSON (هل اقتُطع؟).",
            "ناوەڕۆکی داواکاری پێش تەواوبوونی JSON-ەکەی کۆتایی دێت (بڕدراوە؟).");
    private static final LocalizedText MALFORMED_AT = new LocalizedText(
            "The request body is not valid JSON at line %d, column %d: %s.",
            "محتوى الطلب ليس JSON صالحًا عند السطر %d، العمود %d: %s.",
            "ناوەڕۆکی داواکاری JSONی دروست نییە لە دێڕی %d، ستوونی %d: %s.");
    private static final LocalizedText MALFORMED = new LocalizedText("The request body is not valid JSON: %s.",
            "محتوى الطلب ليس JSON صالحًا: %s.", "ناوەڕۆکی داواکاری JSONی دروست نییە: %s.");
    private static final LocalizedText NOT_FOR_THIS_OPERATION = new LocalizedText(
            "The request body is not valid JSON for this operation.", "محتوى الطلب ليس JSON صالحًا لهذه العملية.",
            "ناوەڕۆکی داواکاری JSONی دروست نییە بۆ ئەم کردارە.");
    private static final LocalizedText WRONG_TYPE = new LocalizedText("has the wrong type or format",
            "نوعه أو صيغته غير صحيحة", "جۆر یان شێوەکەی هەڵەیە");
    private static final LocalizedText WRONG_TYPE_EXPECTED = new LocalizedText("has the wrong type or format (expected %s)",
            "نوعه أو صيغته غير صحيحة (المتوقع %s)", "جۆر یان شێوەکەی هەڵەیە (چاوەڕوان دەکرا %s بێت)");
    private static final LocalizedText WRONG_TYPE_DETAIL = new LocalizedText(
            "The request body is JSON, but %s has the wrong type or format.",
            "محتوى الطلب JSON، لكن نوع %s أو صيغته غير صحيحة.",
            "ناوەڕۆکی داواکاری JSON ـە، بەڵام جۆر یان شێوەی %s هەڵەیە.");
    private static final LocalizedText WRONG_TYPE_EXPECTED_DETAIL = new LocalizedText(
            "The request body is JSON, but %s has the wrong type or format (expected %s).",
            "محتوى الطلب JSON، لكن نوع %s أو صيغته غير صحيحة (المتوقع %s).",
            "ناوەڕۆکی داواکاری JSON ـە، بەڵام جۆر یان شێوەی %s هەڵەیە (چاوەڕوان دەکرا %s بێت).");
    static final LocalizedText ROLE_NOT_ALLOWED = new LocalizedText("Your role does not allow this operation.",
            "دورك لا يسمح بهذه العملية.", "ڕۆڵەکەت ڕێگە بەم کردارە نادات.");
    private static final LocalizedText DATABASE_UNAVAILABLE = new LocalizedText(
            "The service cannot reach its database; retry in a few seconds.",
            "لا تستطيع الخدمة الوصول إلى قاعدة بياناتها؛ أعد المحاولة بعد بضع ثوانٍ.",
            "خزمەتگوزارییەکە ناگاتە بنکەدراوەکەی؛ دوای چەند چرکەیەک دووبارە هەوڵ بدەرەوە.");
    static final LocalizedText INTERNAL_FAILURE = new LocalizedText(
            "The server could not complete the request; quote the request id when you report it.",
            "تعذّر على الخادم إكمال الطلب؛ اذكر معرّف الطلب (request id) عند الإبلاغ عن المشكلة.",
            "ڕاژەکار نەیتوانی داواکارییەکە تەواو بکات؛ کاتی ڕاپۆرتکردن ناسنامەی داواکاری (request id) بنووسە.");

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        Response.ResponseBuilder response = Problems.builder(e.type(), e.detail(), request, e.errors());
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, HttpServerRequest request) {
        return constraintViolations(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return unexpected(e, request);
        }
        Language language = RequestLanguage.of(request);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> fieldError(violation, language))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Response.status(ProblemType.VALIDATION.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .entity(Problems.problemWithFieldErrors(ProblemType.VALIDATION, INVALID_FIELDS, request, errors)).build();
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        // a syntax error (truncated or malformed JSON) may come wrapped in a mapping error that has a path
        JsonParseException syntax = causes(e).filter(JsonParseException.class::isInstance)
                .map(JsonParseException.class::cast).findFirst().orElse(null);
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            boolean located = at != null && at.getLineNr() >= 1;
            boolean truncated = syntax instanceof JsonEOFException
                    || syntax.getOriginalMessage() != null && syntax.getOriginalMessage().startsWith("Unexpected end-of-input");
            LocalizedText what;
            if (truncated) {
                what = located ? TRUNCATED_AT.format(at.getLineNr(), at.getColumnNr()) : TRUNCATED;
            } else {
                String parser = syntax.getOriginalMessage() == null ? "" : syntax.getOriginalMessage().lines().findFirst().orElse("");
                what = located ? MALFORMED_AT.format(at.getLineNr(), at.getColumnNr(), parser) : MALFORMED.format(parser);
            }
            return Problems.response(ProblemType.BAD_REQUEST, what, request,
                    List.of(new Violation("body", what, Problem.FieldError.INVALID_FORMAT)));
        }
        List<Violation> errors = List.of();
        LocalizedText detail = NOT_FOR_THIS_OPERATION;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            LocalizedText expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? describe(mismatch.getTargetType()) : null;
            LocalizedText message = expected == null ? WRONG_TYPE : WRONG_TYPE_EXPECTED.format(expected);
            errors = List.of(new Violation(field, message, Problem.FieldError.WRONG_TYPE));
            detail = expected == null ? WRONG_TYPE_DETAIL.format(field) : WRONG_TYPE_EXPECTED_DETAIL.format(field, expected);
        }
        return Problems.response(ProblemType.BAD_REQUEST, detail, request, errors);
    }

    /** What a JSON value should have been, in a client's words. */
    private static LocalizedText describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return new LocalizedText("a number", "رقمًا", "ژمارەیەک");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new LocalizedText("true or false", "true أو false", "true یان false");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new LocalizedText("an array", "مصفوفة", "لیستێک (array)");
        }
        if (type == String.class || type.isEnum() || type == java.util.UUID.class || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return new LocalizedText("a string", "نصًّا", "دەقێک (string)");
        }
        return new LocalizedText("an object", "كائنًا (object)", "ئۆبجێکتێک (object)");
    }

    /** A violation of a constraint, located in the body or in a parameter, with the constraint's stable code. */
    static Problem.FieldError fieldError(ConstraintViolation<?> violation, Language language) {
        String code = code(violation.getConstraintDescriptor().getAnnotation().annotationType());
        String parameter = parameterName(violation);
        String message = ValidationMessages.in(violation, language);
        return parameter != null
                ? Problem.FieldError.parameter(parameter, message, code)
                : new Problem.FieldError(fieldName(violation), message, code);
    }

    static String code(Class<? extends Annotation> constraint) {
        return switch (constraint.getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> Problem.FieldError.REQUIRED;
            case "Size", "Length" -> Problem.FieldError.SIZE;
            case "Min", "Max", "DecimalMin", "DecimalMax", "Range", "Positive", "PositiveOrZero", "Negative",
                 "NegativeOrZero", "Past", "PastOrPresent", "Future", "FutureOrPresent" -> Problem.FieldError.OUT_OF_RANGE;
            case "Pattern", "Email", "URL", "UUID" -> Problem.FieldError.INVALID_FORMAT;
            default -> Problem.FieldError.INVALID;
        };
    }

    /**
     * The query, path or header parameter a violation is about (directly, or a property of a
     * {@code @BeanParam}), from the resource method's own annotations; null for the request body.
     */
    static String parameterName(ConstraintViolation<?> violation) {
        Path.MethodNode method = null;
        Integer index = null;
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            } else if (node.getKind() == ElementKind.PROPERTY && property == null) {
                property = node.getName();
            }
        }
        if (method == null || index == null || violation.getRootBeanClass() == null) {
            return null;
        }
        try {
            Parameter parameter = annotatedParameter(violation.getRootBeanClass(), method, index);
            if (parameter == null) {
                return null;
            }
            String direct = parameterAnnotation(parameter.getAnnotations());
            if (direct != null) {
                return direct;
            }
            if (parameter.isAnnotationPresent(BeanParam.class) && property != null) {
                for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (field.getName().equals(property)) {
                            String named = parameterAnnotation(field.getAnnotations());
                            return named != null ? named : property;
                        }
                    }
                }
                return property;
            }
        } catch (SecurityException | IndexOutOfBoundsException notAResourceMethod) {
            return null;
        }
        return null;
    }

    /**
     * The resource method's parameter as declared, with its JAX-RS annotations: the root bean may be
     * a generated subclass (interceptors) whose override carries none, so the declaring class is looked up.
     */
    private static Parameter annotatedParameter(Class<?> type, Path.MethodNode method, int index) {
        Class<?>[] types = method.getParameterTypes().toArray(Class[]::new);
        for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring.getSuperclass()) {
            try {
                Parameter parameter = declaring.getDeclaredMethod(method.getName(), types).getParameters()[index];
                if (parameter.getAnnotations().length > 0) {
                    return parameter;
                }
            } catch (NoSuchMethodException notHere) {
                // declared higher up
            }
        }
        return null;
    }

    private static String parameterAnnotation(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (status >= 500) {
            return unexpected(e, request);
        }
        return Problems.response(type, detailFor(type), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return unauthorizedResponse(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(ProblemType.FORBIDDEN, ROLE_NOT_ALLOWED, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable for %s %s (request id %s): %s", request.method(), request.path(),
                    RequestIds.of(request), e.getMessage());
            return Problems.builder(ProblemType.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE, request, List.of())
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        LocalizedText invalidData = invalidDataDetail(e);
        if (invalidData != null) {
            LOG.debugf("Value refused by the database for %s %s (request id %s): %s", request.method(), request.path(),
                    RequestIds.of(request), e.getMessage());
            return Problems.response(ProblemType.BAD_REQUEST, invalidData, request);
        }
        LOG.errorf(e, "Unexpected failure of %s %s (request id %s)", request.method(), request.path(),
                RequestIds.of(request));
        return Problems.response(ProblemType.INTERNAL, INTERNAL_FAILURE, request);
    }

    /** 401 with the bearer challenge; shared with the HTTP-layer handler in {@link ProblemRoutes}. */
    static Response unauthorizedResponse(HttpServerRequest request) {
        return Problems.builder(ProblemType.UNAUTHORIZED, unauthorizedDetail(request), request, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, bearerChallenge(request))
                .build();
    }

    static LocalizedText unauthorizedDetail(HttpServerRequest request) {
        return hasBearerToken(request)
                ? new LocalizedText("The bearer token is invalid, expired or not meant for this API.",
                        "رمز الدخول (bearer token) غير صالح أو منتهي الصلاحية أو غير مخصص لهذه الواجهة البرمجية.",
                        "تۆکنی چوونەژوورەوە (bearer token) نادروستە، بەسەرچووە یان بۆ ئەم API-یە نییە.")
                : new LocalizedText("A bearer token is required: get one from Keycloak (realm modernization).",
                        "يلزم رمز دخول (bearer token): احصل عليه من Keycloak (النطاق modernization).",
                        "تۆکنی چوونەژوورەوە (bearer token) پێویستە: لە Keycloak وەریبگرە (realm modernization).");
    }

    static String bearerChallenge(HttpServerRequest request) {
        return hasBearerToken(request)
                ? "Bearer realm=\"modernization\", error=\"invalid_token\""
                : "Bearer realm=\"modernization\"";
    }

    private static boolean hasBearerToken(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && !authorization.isBlank();
    }

    static LocalizedText detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> new LocalizedText("There is no resource at this path.", "لا يوجد مورد في هذا المسار.",
                    "هیچ سەرچاوەیەک لەم ڕێڕەوەدا نییە.");
            case METHOD_NOT_ALLOWED -> new LocalizedText("This method is not allowed on this resource.",
                    "هذه الطريقة غير مسموح بها على هذا المورد.", "ئەم شێوازە (method) لەسەر ئەم سەرچاوەیە ڕێگەپێدراو نییە.");
            case UNSUPPORTED_MEDIA_TYPE -> new LocalizedText("The request body must be application/json.",
                    "يجب أن يكون محتوى الطلب application/json.", "ناوەڕۆکی داواکاری دەبێت application/json بێت.");
            case NOT_ACCEPTABLE -> new LocalizedText("The server cannot produce a representation the Accept header allows.",
                    "لا يستطيع الخادم تقديم صيغة يسمح بها الترويسة Accept.",
                    "ڕاژەکار ناتوانێت فۆرماتێک بەرهەم بهێنێت کە سەردێڕی Accept ڕێگەی پێبدات.");
            case PAYLOAD_TOO_LARGE -> new LocalizedText("The request body is too large.", "محتوى الطلب كبير جدًا.",
                    "ناوەڕۆکی داواکاری زۆر گەورەیە.");
            default -> new LocalizedText("The request could not be processed.", "تعذّرت معالجة الطلب.",
                    "داواکارییەکە نەتوانرا جێبەجێ بکرێت.");
        };
    }

    /**
     * What to tell the caller when PostgreSQL refused a value it sent (SQLSTATE class 22, data
     * exception), e.g. a NUL character, which no PostgreSQL text can hold; null for anything else.
     */
    static LocalizedText invalidDataDetail(Throwable e) {
        return causes(e).filter(SQLException.class::isInstance).map(cause -> ((SQLException) cause).getSQLState())
                .filter(state -> state != null && state.startsWith("22")).findFirst()
                .map(state -> switch (state) {
                    case "22021", "22P05" -> new LocalizedText(
                            "A value in the request contains the NUL character (U+0000 or %00), which no field accepts.",
                            "تحتوي قيمة في الطلب على المحرف NUL (U+0000 أو %00)، ولا يقبله أي حقل.",
                            "بەهایەک لە داواکارییەکەدا پیتی NUL (U+0000 یان %00)ی تێدایە، کە هیچ خانەیەک وەری ناگرێت.");
                    case "22001" -> new LocalizedText("A text value in the request is longer than its field allows.",
                            "قيمة نصية في الطلب أطول مما يسمح به حقلها.",
                            "بەهایەکی دەقی لە داواکارییەکەدا لەوە درێژترە کە خانەکەی ڕێگەی پێدەدات.");
                    default -> new LocalizedText("A value in the request is out of range or malformed for its field.",
                            "قيمة في الطلب خارج النطاق المسموح أو بصيغة غير صحيحة لحقلها.",
                            "بەهایەک لە داواکارییەکەدا لە سنووری ڕێگەپێدراو دەرچووە یان شێوەی بۆ خانەکەی هەڵەیە.");
                })
                .orElse(null);
    }

    /** A lost or refused database connection (SQLState class 08) or a pool that cannot get one. */
    static boolean isDatabaseUnavailable(Throwable e) {
        return causes(e).anyMatch(cause -> cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                || cause instanceof SQLException pool && pool.getMessage() != null && pool.getMessage().contains("acquisition timeout"));
    }

    /** The exception and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    /** A violation's path without the Java method and parameter names, e.g. {@code answers[2].level}. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        boolean hasProperties = nodes.stream().anyMatch(n -> n.getKind() == ElementKind.PROPERTY);
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            boolean skip = node.getKind() == ElementKind.METHOD
                    || (node.getKind() == ElementKind.PARAMETER && hasProperties)
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() == null;
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (skip || node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
