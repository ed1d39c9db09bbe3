package modernization.common.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every error response once: each 4xx and 5xx an operation declares gets an
 * {@code application/problem+json} body of the shared {@code Problem} schema, so resources
 * declare only the status and why it happens. Response headers declared by name only (ETag,
 * Location, Link) are given a string schema, which OpenAPI requires of every header, and every
 * value states the limits it already has ({@link DocumentedLimits}).
 */
public class ApiContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null) {
            // every operation can fail unexpectedly or lose its database; both answers are problems
            if (!operation.getResponses().hasAPIResponse("500")) {
                operation.getResponses().addAPIResponse("500", OASFactory.createAPIResponse()
                        .description("Unexpected failure; quote the requestId when you report it"));
            }
            if (!operation.getResponses().hasAPIResponse("503")) {
                operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                        .description("The service cannot reach its database or a service it needs; retry after Retry-After seconds"));
            }
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
                APIResponse response = entry.getValue();
                boolean error = entry.getKey().startsWith("4") || entry.getKey().startsWith("5");
                if (error && entry.getKey() != null && !"304".equals(entry.getKey())
                        && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
                }
            }
        }
        return operation;
    }

    @Override
    public Header filterHeader(Header header) {
        if (header.getSchema() == null && header.getContent() == null && header.getRef() == null) {
            header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        DocumentedLimits.header(header.getSchema());
        return header;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        DocumentedLimits.parameter(parameter.getSchema());
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        DocumentedLimits.bodyValue(schema);
        allowNullOfNullableReference(schema);
        return schema;
    }

    /**
     * A nullable property whose type is another schema comes out as {@code type: object} beside
     * {@code anyOf: [{$ref}, {type: null}]}; the outer type forbids the null the anyOf allows, so a
     * validator refuses every null the server sends. The anyOf alone says it all.
     */
    static void allowNullOfNullableReference(Schema schema) {
        List<Schema> alternatives = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
        if (alternatives == null || schema.getType() == null || schema.getType().contains(Schema.SchemaType.NULL)) {
            return;
        }
        boolean allowsNull = alternatives.stream()
                .anyMatch(a -> a.getType() != null && a.getType().equals(List.of(Schema.SchemaType.NULL)));
        if (allowsNull) {
            schema.setType(null);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        DocumentedLimits.unboundResponseFiles(openAPI);
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema("FieldError", object("One invalid part of a request: where it is (pointer into the body, "
                            + "parameter, or the criterion an answer is missing for), a stable code for programs and a message for people")
                    .addProperty("field", string("answers[0].level")
                            .description("the dotted path of earlier versions, kept for clients that parse it"))
                    .addProperty("message", string("must be between 0 and 5"))
                    .addProperty("code", string("out_of_range").description("stable machine code")
                            .enumeration(List.<Object>of("required", "out_of_range", "size", "invalid_format", "wrong_type", "unknown",
                                    "duplicate", "invalid")))
                    .addProperty("pointer", string("/answers/0/level")
                            .description("RFC 6901 JSON Pointer into the request body; \"\" is the whole body; absent for a parameter"))
                    .addProperty("parameter", string("size").description("the query, path or header parameter; absent for the body"))
                    .addProperty("criterion", string("LEGAL.CIVIL_SERVICE_LAW")
                            .description("the readiness criterion the error is about, e.g. one not answered"))
                    .required(List.of("field", "message", "code")));
            components.addSchema(PROBLEM, object("RFC 9457 problem details")
                    .addProperty("type", string("urn:modernization:problem:not-found").format("uri"))
                    .addProperty("title", string("Not Found"))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).example(404))
                    .addProperty("detail", string("No ministry with code MOP-XYZ."))
                    .addProperty("instance", string("/api/v1/ministries/MOP-XYZ"))
                    .addProperty("requestId", string("5b0f3f0e-8f5b-4d1e-9a43-7f1f2c1d9e10")
                            .description("also returned in the X-Request-Id header"))
                    .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
            for (String name : new String[] {"FieldError", PROBLEM}) {
                components.getSchemas().get(name).getProperties().values().forEach(DocumentedLimits::bodyValue);
            }
        }
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema string(String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).example(example);
    }
}
