package modernization.gateway.root;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import modernization.gateway.health.ServicesReadinessCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code GET /api/v1}: where a newcomer starts, answered by the gateway to anyone, with or without
 * a token (as the Australian Government API Design Standard asks of an API's root): the API's name
 * and version, when that version was released, where its OpenAPI document and Swagger UI are, and
 * whether every service behind it is ready ({@code UP}) or some are not ({@code DEGRADED}).
 */
@Singleton
public class ApiRootRoute {

    /** Before the check that a request to /api/* carries a token; after the rate limit, which counts it. */
    static final int ORDER = -5;

    void register(@Observes Router router, ApiConfig api, @Readiness ServicesReadinessCheck services) {
        router.getWithRegex("/api/v1/?").order(ORDER).handler(ctx -> answer(ctx, api, services));
    }

    private static void answer(RoutingContext ctx, ApiConfig api, ServicesReadinessCheck services) {
        String base = base(ctx);
        services.call().subscribe().with(readiness -> {
            JsonObject body = new JsonObject()
                    .put("name", api.name())
                    .put("version", api.version())
                    .put("released", api.released().toString())
                    .put("documentation", base + "/q/openapi")
                    .put("swaggerUi", base + "/q/swagger-ui")
                    .put("status", readiness.getStatus() == HealthCheckResponse.Status.UP ? "UP" : "DEGRADED")
                    .put("services", new JsonObject(readiness.getData().orElseThrow()));
            ctx.response().putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-cache")
                    .end(body.encode());
        }, ctx::fail);
    }

    /** The scheme and host the caller used, so the links work from where it called. */
    private static String base(RoutingContext ctx) {
        var authority = ctx.request().authority();
        return ctx.request().scheme() + "://" + (authority != null ? authority.toString() : "localhost");
    }
}
