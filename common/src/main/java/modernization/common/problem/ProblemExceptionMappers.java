package modernization.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error mapper: every exception that leaves a resource becomes RFC 9457 problem+json.
 * Unexpected failures are logged with the request id and answered without internals.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        Response.ResponseBuilder response = Problems.builder(e.type(), e.getMessage(), request, e.errors());
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
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problems.response(ProblemType.VALIDATION, "The request has invalid fields.", request, errors);
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors = List.of(new Problem.FieldError(jsonPath(mapping), "has the wrong type or format"));
        }
        return Problems.response(ProblemType.BAD_REQUEST, "The request body is not valid JSON for this operation.",
                request, errors);
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
        return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this operation.", request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable for %s %s (request id %s): %s", request.method(), request.path(),
                    RequestIds.of(request), e.getMessage());
            return Problems.builder(ProblemType.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database; retry in a few seconds.", request, List.of())
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        String invalidData = invalidDataDetail(e);
        if (invalidData != null) {
            LOG.debugf("Value refused by the database for %s %s (request id %s): %s", request.method(), request.path(),
                    RequestIds.of(request), e.getMessage());
            return Problems.response(ProblemType.BAD_REQUEST, invalidData, request);
        }
        LOG.errorf(e, "Unexpected failure of %s %s (request id %s)", request.method(), request.path(),
                RequestIds.of(request));
        return Problems.response(ProblemType.INTERNAL,
                "The server could not complete the request; quote the request id when you report it.", request);
    }

    /** 401 with the bearer challenge; shared with the HTTP-layer handler in {@link ProblemRoutes}. */
    static Response unauthorizedResponse(HttpServerRequest request) {
        return Problems.builder(ProblemType.UNAUTHORIZED, unauthorizedDetail(request), request, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, bearerChallenge(request))
                .build();
    }

    static String unauthorizedDetail(HttpServerRequest request) {
        return hasBearerToken(request)
                ? "The bearer token is invalid, expired or not meant for this API."
                : "A bearer token is required: get one from Keycloak (realm modernization).";
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

    static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "There is no resource at this path.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body must be application/json.";
            case NOT_ACCEPTABLE -> "The server cannot produce a representation the Accept header allows.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            default -> "The request could not be processed.";
        };
    }

    /**
     * What to tell the caller when PostgreSQL refused a value it sent (SQLSTATE class 22, data
     * exception), e.g. a NUL character, which no PostgreSQL text can hold; null for anything else.
     */
    static String invalidDataDetail(Throwable e) {
        return causes(e).filter(SQLException.class::isInstance).map(cause -> ((SQLException) cause).getSQLState())
                .filter(state -> state != null && state.startsWith("22")).findFirst()
                .map(state -> switch (state) {
                    case "22021", "22P05" -> "A value in the request contains the NUL character (U+0000 or %00), which no field accepts.";
                    case "22001" -> "A text value in the request is longer than its field allows.";
                    default -> "A value in the request is out of range or malformed for its field.";
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
    private static String fieldName(ConstraintViolation<?> violation) {
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
