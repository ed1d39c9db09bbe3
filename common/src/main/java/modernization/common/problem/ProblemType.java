package modernization.common.problem;

import java.net.URI;

/** The problem types the platform answers with; each has a stable URI that clients may switch on. */
public enum ProblemType {
    BAD_REQUEST(400, "Bad Request", "bad-request"),
    VALIDATION(400, "Invalid request", "validation"),
    UNAUTHORIZED(401, "Unauthorized", "unauthorized"),
    FORBIDDEN(403, "Forbidden", "forbidden"),
    NOT_FOUND(404, "Not Found", "not-found"),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "method-not-allowed"),
    NOT_ACCEPTABLE(406, "Not Acceptable", "not-acceptable"),
    CONFLICT(409, "Conflict", "conflict"),
    PRECONDITION_FAILED(412, "Precondition Failed", "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "Payload Too Large", "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", "unsupported-media-type"),
    UNPROCESSABLE(422, "Unprocessable Content", "unprocessable"),
    PRECONDITION_REQUIRED(428, "Precondition Required", "precondition-required"),
    TOO_MANY_REQUESTS(429, "Too Many Requests", "too-many-requests"),
    INTERNAL(500, "Internal Server Error", "internal"),
    BAD_GATEWAY(502, "Bad Gateway", "bad-gateway"),
    SERVICE_UNAVAILABLE(503, "Service Unavailable", "service-unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway Timeout", "gateway-timeout");

    private static final String BASE = "urn:modernization:problem:";

    private final int status;
    private final String title;
    private final URI uri;

    ProblemType(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.uri = URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }

    /** The generic type for an HTTP status that has no more specific meaning. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
