package modernization.catalog.pillar;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import modernization.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The four advisory pillars. */
@Path("/api/v1/pillars")
@Tag(name = "Pillars", description = "The four advisory pillars of the programme")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class PillarResource {

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listPillars", summary = "List the advisory pillars in their order")
    @APIResponse(responseCode = "200", description = "The pillars",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link", description = "RFC 8288 links: first, last, prev, next"),
                       @Header(name = "ETag", description = "weak tag of this page")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PillarView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(@BeanParam @Valid PageRequest page, @Context UriInfo uri, @Context Request request) {
        Language lang = language.get();
        var query = Pillar.<Pillar>findAll(Sort.by("order"));
        List<Pillar> pillars = query.page(page.page, page.size).list();
        long total = query.count();
        EntityTag tag = ETags.weakDigest(uri.getRequestUri().getRawQuery(), lang, total,
                pillars.stream().map(p -> p.code + ":" + p.version).toList());
        return ETags.notModified(request, tag).orElseGet(() -> {
            var items = pillars.stream().map(p -> PillarView.from(p, lang)).toList();
            return Response.fromResponse(new Paged<>(items, total, page).toResponse(uri)).tag(tag).build();
        });
    }
}
