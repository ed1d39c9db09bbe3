package modernization.catalog.dimension;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import modernization.common.http.ETags;
import modernization.common.i18n.Language;
import modernization.common.i18n.RequestLanguage;
import modernization.common.paging.PageRequest;
import modernization.common.paging.Paged;
import modernization.common.security.Caller;
import modernization.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SES design dimensions. */
@Path("/api/v1/dimensions")
@Tag(name = "Dimensions", description = "SES design dimensions and their options")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class DimensionResource {

    @Inject
    DimensionService dimensions;

    @Inject
    RequestLanguage language;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listDimensions", summary = "List the design dimensions in order, each with its options")
    @APIResponse(responseCode = "200", description = "The dimensions",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DimensionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(@BeanParam @Valid PageRequest page,
                         @Context UriInfo uri, @Context Request request) {
        Language lang = language.get();
        boolean editor = caller.isEditor();
        List<DimensionService.WithOptions> all = dimensions.all(editor, lang);
        EntityTag tag = ETags.weakDigest(uri.getRequestUri().getRawQuery(), lang, editor, fingerprint(all));
        return ETags.notModified(request, tag).orElseGet(() -> {
            List<DimensionView> items = all.stream().skip(page.offset()).limit(page.size)
                    .map(d -> DimensionView.from(d.dimension(), d.options(), lang)).toList();
            return Response.fromResponse(new Paged<>(items, all.size(), page).toResponse(uri)).tag(tag).build();
        });
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getDimension", summary = "Read one design dimension with its options")
    @APIResponse(responseCode = "200", description = "The dimension", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DimensionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such dimension")
    public Response get(@PathParam("code") String code, @Context Request request) {
        Language lang = language.get();
        boolean editor = caller.isEditor();
        DimensionService.WithOptions found = dimensions.get(code, editor, lang);
        EntityTag tag = ETags.weakDigest(code, lang, editor, fingerprint(List.of(found)));
        return ETags.notModified(request, tag)
                .orElseGet(() -> Response.ok(DimensionView.from(found.dimension(), found.options(), lang)).tag(tag).build());
    }

    private static List<String> fingerprint(List<DimensionService.WithOptions> dimensions) {
        return dimensions.stream()
                .map(d -> d.dimension().code + ":" + d.dimension().version + d.options().stream()
                        .map(o -> o.id + ":" + o.revision).toList())
                .toList();
    }
}
