package modernization.gateway.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import modernization.gateway.ratelimit.RateLimitConfig;
import modernization.gateway.ratelimit.RateLimitRoute;

/**
 * Documents what the gateway adds to every API call, whichever service answers it: the rate-limit
 * headers and the 429 answer of {@link RateLimitRoute}, and the CORS header partner web apps read.
 */
final class EdgeDocumentation {

    private static final int MAX_ORIGIN_LENGTH = 2048;

    private EdgeDocumentation() {
    }

    static OpenAPI describe(OpenAPI document) {
        if (document.getPaths() == null) {
            return document;
        }
        document.getPaths().addPathItem("/api/v1", new PathItem().get(root()));
        if (document.getTags() == null || document.getTags().stream().noneMatch(tag -> "API".equals(tag.getName()))) {
            document.addTagsItem(new Tag().name("API").description("Where the API starts"));
        }
        document.getComponents().addSchemas("ApiRoot", apiRoot());
        document.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperations().forEach(EdgeDocumentation::describe);
            }
        });
        return document;
    }

    /** The gateway's own operation: the API root (modernization.gateway.root.ApiRootRoute). */
    private static Operation root() {
        return new Operation().operationId("getApiRoot").summary("The API root: name, version, documentation and status")
                .description("Answered by the gateway to anyone, with or without a token. status is UP when every "
                        + "service is ready, DEGRADED when some is not (services names each).")
                .addTagsItem("API")
                .security(List.of())
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("The API root")
                        .content(new Content().addMediaType("application/json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiRoot"))))));
    }

    private static Schema<?> apiRoot() {
        Schema<?> service = new StringSchema()._enum(List.of("UP", "DOWN"));
        return new ObjectSchema().description("Where the API starts")
                .addProperty("name", new StringSchema().maxLength(200).example("SES modernization platform API"))
                .addProperty("version", new StringSchema().maxLength(20).example("1.0"))
                .addProperty("released", new StringSchema().format("date").maxLength(10).example("2026-11-27"))
                .addProperty("documentation", new StringSchema().format("uri").maxLength(MAX_ORIGIN_LENGTH)
                        .description("The merged OpenAPI document"))
                .addProperty("swaggerUi", new StringSchema().format("uri").maxLength(MAX_ORIGIN_LENGTH))
                .addProperty("status", new StringSchema()._enum(List.of("UP", "DEGRADED")))
                .addProperty("services", new ObjectSchema().additionalProperties(service)
                        .description("Each routed service's readiness"))
                .required(List.of("name", "version", "released", "documentation", "swaggerUi", "status", "services"));
    }

    /**
     * The rate-limit headers' bounds are those any deployment may configure (RateLimitConfig checks
     * them), not this one's settings: the contract is the same for every deployment.
     */
    private static void describe(Operation operation) {
        long largest = RateLimitConfig.MAX_CAPACITY;
        long periodSeconds = RateLimitConfig.MAX_PERIOD.toSeconds();
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().computeIfAbsent("429", status -> new ApiResponse()
                .description("Too many requests from this caller (a person by the token's sub, a client-credentials system by its client, "
                        + "a call without a token by its IP); "
                        + "retry after the number of seconds in Retry-After")
                .addHeaderObject("Retry-After", header("Seconds to wait before retrying", count(1, periodSeconds)))
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        operation.getResponses().values().forEach(response -> {
            Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>() : response.getHeaders();
            headers.putIfAbsent(RateLimitRoute.LIMIT, header(
                    "Requests this client may make per period (by default 600 a minute with a token, 60 without)", count(1, largest)));
            headers.putIfAbsent(RateLimitRoute.REMAINING, header("Requests this client has left", count(0, largest)));
            headers.putIfAbsent(RateLimitRoute.RESET, header("Seconds until this client's allowance is full again", count(0, periodSeconds)));
            headers.putIfAbsent("Access-Control-Allow-Origin", header(
                    "The calling web page's origin, when it is one of the configured partner origins (CORS)",
                    new StringSchema().format("uri").maxLength(MAX_ORIGIN_LENGTH)));
            response.setHeaders(headers);
        });
    }

    private static Schema<?> count(long minimum, long maximum) {
        return new IntegerSchema().format("int64").minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }

    private static Header header(String description, Schema<?> schema) {
        return new Header().description(description).schema(schema);
    }
}
