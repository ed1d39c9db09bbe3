package modernization.common.http;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id that ties a caller's request to our logs: taken from X-Request-Id or generated. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    // a caller's id is echoed into logs and headers, so accept only a short, plain token
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** Makes sure the request carries a usable id (replacing a missing or unsafe one) and returns it. */
    public static String ensure(HttpServerRequest request) {
        String id = request.getHeader(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            request.headers().set(HEADER, id);
        }
        return id;
    }

    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
