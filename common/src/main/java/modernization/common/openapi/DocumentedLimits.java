package modernization.common.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * States in the OpenAPI document the limits every value already has, where a field declares no
 * tighter one (Bean Validation's {@code @Size}, {@code @Max} and enums are kept as they are):
 * <ul>
 * <li>an integer cannot leave the range of its Java type (int32 or int64): Jackson refuses it with 400;</li>
 * <li>a string or array in a body cannot be longer than the body itself, which the HTTP layer caps at
 * {@link #MAX_BODY_BYTES} (413 beyond); an array of n values needs at least 2n bytes;</li>
 * <li>a query or path parameter fits in the request line ({@link #MAX_REQUEST_LINE}, 414 beyond), a
 * header value in the headers ({@link #MAX_HEADER_BYTES}, 431 beyond).</li>
 * </ul>
 * These match {@code quarkus.http.limits.*} in each service's configuration.
 */
final class DocumentedLimits {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final long MAX_REQUEST_LINE = 4096;
    static final long MAX_HEADER_BYTES = 20 * 1024;

    private DocumentedLimits() {
    }

    /** A schema of a body or of a component: the body limit bounds its strings and arrays. */
    static void bodyValue(Schema schema) {
        bound(schema, MAX_BODY_BYTES);
    }

    /**
     * A response that is a whole file (CSV, SVG, iCalendar) is no request body: the body limit does
     * not bound it, and an export of many assessments is larger.
     */
    static void unboundResponseFiles(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                    return;
                }
                response.getContent().getMediaTypes().forEach((type, media) -> {
                    Schema schema = media.getSchema();
                    if (!type.contains("json") && schema != null && schema.getRef() == null
                            && schema.getMaxLength() != null && schema.getMaxLength() == MAX_BODY_BYTES) {
                        schema.setMaxLength(null);
                    }
                });
            });
        }));
    }

    static void parameter(Schema schema) {
        tighten(schema, MAX_REQUEST_LINE);
    }

    static void header(Schema schema) {
        tighten(schema, MAX_HEADER_BYTES);
    }

    /** Parameters and headers may have been given the body bound already: theirs is tighter. */
    private static void tighten(Schema schema, long maxBytes) {
        if (schema == null) {
            return;
        }
        if (schema.getMaxLength() != null && schema.getMaxLength() == MAX_BODY_BYTES) {
            schema.setMaxLength(null);
        }
        if (schema.getMaxItems() != null && schema.getMaxItems() == MAX_BODY_BYTES / 2) {
            schema.setMaxItems(null);
        }
        bound(schema, maxBytes);
        if (schema.getItems() != null) {
            tighten(schema.getItems(), maxBytes);
        }
    }

    private static void bound(Schema schema, long maxBytes) {
        if (schema == null || schema.getType() == null) {
            return;
        }
        List<SchemaType> types = schema.getType();
        if (types.contains(SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            schema.setMaxLength((int) maxBytes);
        }
        if (types.contains(SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems((int) (maxBytes / 2));
        }
    }
}
