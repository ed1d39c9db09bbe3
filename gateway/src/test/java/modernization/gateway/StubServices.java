package modernization.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the three downstream services in the gateway's own tests: each answers with what
 * it received, so a test can see where a request went and what reached it. The real services
 * are behind the gateway in system-tests.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static final List<String> NAMES = List.of("catalog", "assessment", "roadmap");

    private static final AtomicInteger HELD = new AtomicInteger();
    private static final AtomicInteger MAX_HELD = new AtomicInteger();
    private static final AtomicInteger HELD_RECEIVED = new AtomicInteger();

    private Vertx vertx;

    /** How many requests the held-test service has received so far. */
    public static int heldReceived() {
        return HELD_RECEIVED.get();
    }

    /** How many requests the held-test service holds now. */
    public static int heldInHand() {
        return HELD.get();
    }

    /** The most requests the held-test service had in hand at once. */
    public static int mostHeldAtOnce() {
        return MAX_HELD.get();
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String name : NAMES) {
            config.put("gateway.services." + name + ".url", listen(name, request -> request.body().onSuccess(body -> {
                if (request.path().equals("/q/health/ready")) {
                    request.response().end("{\"status\":\"UP\"}");
                    return;
                }
                if (request.path().equals("/q/openapi")) {
                    request.response().putHeader("Content-Type", "application/json").end(openApi(name));
                    return;
                }
                JsonObject echo = new JsonObject()
                        .put("service", name)
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("authorization", request.getHeader("Authorization"))
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("traceparent", request.getHeader("traceparent"))
                        .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                        .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                        .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                        .put("bodyLength", body.length());
                request.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("X-Served-By", name)
                        .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                        .end(echo.encode());
            })));
        }
        // a service that answers too late, and one that is not there at all
        config.put("gateway.services.slow.url", listen("slow", request -> vertx.setTimer(5000,
                id -> request.response().end("{}"))));
        config.put("gateway.services.slow.prefixes", "/api/v1/slow-test");
        config.put("gateway.services.slow.timeout", "PT1S");
        // a service that holds each request for a second and counts how many it held at once
        config.put("gateway.services.held.url", listen("held", request -> {
            HELD_RECEIVED.incrementAndGet();
            MAX_HELD.accumulateAndGet(HELD.incrementAndGet(), Math::max);
            vertx.setTimer(1000, id -> {
                HELD.decrementAndGet();
                request.response().end("{}");
            });
        }));
        config.put("gateway.services.held.prefixes", "/api/v1/held-test");
        // answers without a body, as the services do: 304 to a matching If-None-Match, 204 to DELETE, and HEAD
        config.put("gateway.services.bodiless.url", listen("bodiless", StubServices::bodiless));
        config.put("gateway.services.bodiless.prefixes", "/api/v1/bodiless-test");
        // compresses its answer itself when the caller accepts gzip, as the services do
        config.put("gateway.services.encoded.url", listen("encoded", request -> {
            boolean gzip = String.valueOf(request.getHeader("Accept-Encoding")).contains("gzip");
            request.response().putHeader("Content-Type", "application/json");
            if (gzip) {
                request.response().putHeader("Content-Encoding", "gzip").end(Buffer.buffer(gzipped(ENCODED_BODY)));
            } else {
                request.response().end(ENCODED_BODY);
            }
        }));
        config.put("gateway.services.encoded.prefixes", "/api/v1/encoded-test");
        config.put("gateway.services.down.url", "http://127.0.0.1:1");
        config.put("gateway.services.down.prefixes", "/api/v1/down-test");
        return config;
    }

    public static final String BODILESS_ETAG = "\"7.1-en\"";
    public static final String BODILESS_BODY = "{\"id\":\"bodiless\",\"version\":7}";

    private static void bodiless(HttpServerRequest request) {
        var response = request.response().putHeader("ETag", BODILESS_ETAG).putHeader("Cache-Control", "private, no-cache")
                .putHeader("Vary", "Accept-Language");
        if (request.method() == HttpMethod.DELETE) {
            response.setStatusCode(204).end();
        } else if (BODILESS_ETAG.equals(request.getHeader("If-None-Match"))) {
            response.setStatusCode(304).end();
        } else if (request.method() == HttpMethod.HEAD) {
            // the length the GET would have
            response.putHeader("Content-Type", "application/json")
                    .putHeader("Content-Length", String.valueOf(BODILESS_BODY.length())).end();
        } else {
            response.putHeader("Content-Type", "application/json").end(BODILESS_BODY);
        }
    }

    public static final String ENCODED_BODY = "{\"items\":\"" + "ministry readiness ".repeat(500) + "\"}";

    public static byte[] gzipped(String text) {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
                gzip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a stub on a free local port; its URL. */
    private String listen(String name, Handler<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer().requestHandler(handler);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub " + name + " did not start", e);
        }
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** A small document in the shape the services publish: one operation, a shared and an own schema. */
    static String openApi(String service) {
        return """
                {"openapi": "3.1.0", "info": {"title": "%1$s", "version": "1.0"},
                 "tags": [{"name": "%1$s"}],
                 "paths": {"/api/v1/%1$s-things": {"get": {"operationId": "list%1$sThings", "summary": "List",
                   "tags": ["%1$s"], "security": [{"oidc": []}],
                   "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/%1$sThing"}}}},
                                 "401": {"description": "no token", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {
                   "Problem": {"type": "object", "properties": {"status": {"type": "integer"}, "title": {"type": "string"}}},
                   "%1$sThing": {"type": "object", "properties": {"code": {"type": "string"}}}},
                   "securitySchemes": {"oidc": {"type": "openIdConnect", "openIdConnectUrl": "http://%1$s.internal/.well-known/openid-configuration"}}}}
                """.formatted(service);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
