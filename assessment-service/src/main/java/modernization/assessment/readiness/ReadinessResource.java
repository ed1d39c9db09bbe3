package modernization.assessment.readiness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import modernization.assessment.ministry.Government;
import modernization.common.http.ETags;
import modernization.common.http.QueryParams;
import modernization.common.i18n.Language;
import modernization.common.i18n.RequestLanguage;
import modernization.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aggregated readiness for everyone, partner apps included: validated scores only, no free text. */
@Path("/api/v1/readiness")
@Tag(name = "Readiness", description = "Aggregated readiness statistics")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

    @Inject
    ReadinessService readiness;

    @Inject
    RequestLanguage language;

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getReadinessSummary",
            summary = "Each ministry's latest validated score and level, each area's average, and the government's own score",
            description = "Latest means latest by period (year, then quarter, a whole year after its quarters), then by "
                    + "validation time. With a government, `government` holds that government's own latest validated "
                    + "assessment (its laws, central bodies and budget), scored over the government-scope criteria.")
    @APIResponse(responseCode = "200", description = "The summary", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReadinessSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Unknown government")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response summary(@Parameter(description = "FEDERAL_IRAQ or KRG; both when absent",
                                    schema = @Schema(implementation = Government.class)) @QueryParam("government") String government,
                            @Parameter(description = "framework code") @QueryParam("framework") @DefaultValue("SES-READINESS") String framework,
                            @Context Request request) {
        Government gov = QueryParams.enumValue(Government.class, "government", government);
        Language lang = language.get();
        List<ReadinessService.Latest> latest = readiness.latest(gov, framework);
        var ofGovernment = readiness.latestOfGovernment(gov, framework);
        EntityTag tag = ETags.weakDigest(gov, framework, lang, latest.stream().map(a -> a.id() + ":" + a.revision()).toList(),
                ofGovernment.map(a -> a.id + ":" + a.revision).orElse("-"));
        return ETags.notModified(request, tag)
                .orElseGet(() -> Response.ok(readiness.summarize(gov, framework, latest, ofGovernment, lang)).tag(tag).build());
    }
}
