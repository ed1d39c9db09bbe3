package modernization.assessment.ministry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import modernization.common.i18n.RequestLanguage;
import modernization.common.http.QueryParams;
import modernization.common.paging.PageRequest;
import modernization.common.paging.Paged;
import modernization.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registry of ministries taking part in the programme. */
@Path("/api/v1/ministries")
@Tag(name = "Ministries", description = "Ministries of the federal government and the KRG")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class MinistryResource {

    @Inject
    MinistryService ministries;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listMinistries", summary = "List ministries, ordered by code")
    @APIResponse(responseCode = "200", description = "A page of ministries",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link", description = "RFC 8288 links: first, last, prev, next")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MinistryView.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(
            @Parameter(description = "only this government's ministries", schema = @Schema(implementation = Government.class))
            @QueryParam("government") String government,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        var result = ministries.list(QueryParams.enumValue(Government.class, "government", government), page);
        var items = result.items().stream().map(m -> MinistryView.from(m, language.get())).toList();
        return new Paged<>(items, result.total(), page).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getMinistry", summary = "Get one ministry by its code")
    @APIResponse(responseCode = "200", description = "The ministry",
            content = @Content(schema = @Schema(implementation = MinistryView.class)))
    @APIResponse(responseCode = "404", description = "No such ministry")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public MinistryView get(@PathParam("code") String code) {
        return MinistryView.from(ministries.get(code), language.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNDP_STAFF)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MinistryRequest.class),
            examples = @ExampleObject(name = "transport", value = """
                    {"code": "MOT-KRG", "government": "KRG",
                     "name": {"en": "Ministry of Transport and Communications (Kurdistan Regional Government)",
                              "ar": "وزارة النقل والمواصلات (حكومة إقليم كوردستان)",
                              "ckb": "وەزارەتی گواستنەوە و گەیاندن (حکومەتی هەرێمی کوردستان)"}}""")))
    @Operation(operationId = "registerMinistry", summary = "Register a ministry (UNDP staff)")
    @APIResponse(responseCode = "201", description = "Registered; Location points at it",
            content = @Content(schema = @Schema(implementation = MinistryView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only UNDP staff register ministries")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response register(@Valid @NotNull MinistryRequest request,
                             @Context UriInfo uri) {
        Ministry ministry = ministries.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(ministry.code).build())
                .entity(MinistryView.from(ministry, language.get()))
                .build();
    }
}
