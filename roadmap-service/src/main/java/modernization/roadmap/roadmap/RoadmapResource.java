package modernization.roadmap.roadmap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import modernization.common.http.QueryParams;
import modernization.common.paging.PageRequest;
import modernization.common.paging.Paged;
import modernization.common.problem.Problem;
import modernization.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Phased implementation roadmaps. */
@Path("/api/v1/roadmaps")
@Tag(name = "Roadmaps", description = "Phased SES implementation roadmaps")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    @Inject
    RoadmapService roadmaps;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listRoadmaps",
            summary = "List roadmaps, newest first; ministry users and partner apps see published ones only")
    @APIResponse(responseCode = "200", description = "A page of roadmaps",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link", description = "RFC 8288 links: first, last, prev, next")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RoadmapView.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(
            @Parameter(description = "only this government's roadmaps", schema = @Schema(implementation = Government.class))
            @QueryParam("government") String government,
            @Parameter(description = "only roadmaps in this status", schema = @Schema(implementation = RoadmapStatus.class))
            @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        var result = roadmaps.list(QueryParams.enumValue(Government.class, "government", government),
                QueryParams.enumValue(RoadmapStatus.class, "status", status), page);
        return new Paged<>(result.items().stream().map(RoadmapView::from).toList(), result.total(), page)
                .toResponse(uri);
    }
}
