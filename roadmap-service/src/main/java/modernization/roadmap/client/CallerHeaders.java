package modernization.roadmap.client;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import modernization.common.http.RequestIds;

/**
 * What a downstream call carries from the caller's request: its bearer token (each service checks
 * it again) and its request id. Taken on the request's thread and passed explicitly, so the calls
 * can run on other threads.
 */
public record CallerHeaders(String authorization, String requestId) {

    public static CallerHeaders of(HttpServerRequest request) {
        return new CallerHeaders(request.getHeader(HttpHeaders.AUTHORIZATION), RequestIds.of(request));
    }
}
