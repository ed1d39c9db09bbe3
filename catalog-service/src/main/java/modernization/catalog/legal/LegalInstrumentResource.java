package modernization.catalog.legal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Iraq's and the KRG's legal ground for senior appointments. */
@Path("/api/v1/legal-instruments")
@Tag(name = "Legal instruments", description = "The constitution, laws, regulations and decisions that govern senior appointments in federal Iraq and the Kurdistan Region, with sources")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class LegalInstrumentResource {

    @Inject
    LegalInstrumentService instruments;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listLegalInstruments", summary = "List the legal instruments, by jurisdiction and year")
    @APIResponse(responseCode = "200", description = "A page of legal instruments",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LegalInstrumentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid paging, or a jurisdiction that is not FEDERAL_IRAQ or KRG")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(@Parameter(description = "only this jurisdiction's instruments",
                                    schema = @Schema(enumeration = {"FEDERAL_IRAQ", "KRG"}))
                         @QueryParam("jurisdiction") String jurisdiction,
                         @BeanParam @Valid PageRequest page, @Context UriInfo uri, @Context Request request) {
        Language lang = language.get();
        List<LegalInstrument> all = instruments.list(jurisdiction);
        EntityTag tag = ETags.weakDigest(uri.getRequestUri().getRawQuery(), lang,
                all.stream().map(i -> i.code + ":" + i.version).toList());
        return ETags.notModified(request, tag).orElseGet(() -> {
            List<LegalInstrumentView> items = all.stream().skip(page.offset()).limit(page.size)
                    .map(i -> LegalInstrumentView.from(i, lang)).toList();
            return Response.fromResponse(new Paged<>(items, all.size(), page).toResponse(uri)).tag(tag).build();
        });
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getLegalInstrument", summary = "Read one legal instrument")
    @APIResponse(responseCode = "200", description = "The legal instrument", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = LegalInstrumentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such legal instrument")
    public Response get(@PathParam("code") String code, @Context Request request) {
        Language lang = language.get();
        LegalInstrument instrument = instruments.get(code);
        EntityTag tag = ETags.weakDigest(code, lang, instrument.version);
        return ETags.notModified(request, tag)
                .orElseGet(() -> Response.ok(LegalInstrumentView.from(instrument, lang)).tag(tag).build());
    }
}
