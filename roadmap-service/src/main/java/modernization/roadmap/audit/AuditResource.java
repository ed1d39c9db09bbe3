package modernization.roadmap.audit;

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
import modernization.common.persistence.audit.AuditEntry;
import modernization.common.persistence.audit.AuditLog;
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

/** The audit trail of roadmaps: generation, publication, archiving and each progress report, for UNDP staff. */
@Path("/api/v1/roadmaps/audit")
@Tag(name = "Audit", description = "Who changed what, and when")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed(Roles.UNDP_STAFF)
    @Operation(operationId = "listRoadmapAudit", summary = "The audit trail, newest first (UNDP staff)")
    @APIResponse(responseCode = "200", description = "A page of events",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)), @Header(name = "Link")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "UNDP staff only")
    public Response list(@Parameter(description = "the id of one roadmap") @QueryParam("roadmapId") String roadmapId,
                         @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        var result = audit.list("roadmap", QueryParams.blankToNull(roadmapId), page);
        return new Paged<>(result.items(), result.total(), page).toResponse(uri);
    }

}
