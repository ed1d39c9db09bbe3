package modernization.catalog.country;

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
import java.util.Map;
import java.util.stream.Collectors;
import modernization.catalog.option.DesignOptionVersion;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Global findings: how other countries organise their senior civil service. */
@Path("/api/v1/country-models")
@Tag(name = "Country models", description = "Other countries' senior civil services, with sources")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class CountryModelResource {

    @Inject
    CountryModelService countries;

    @Inject
    RequestLanguage language;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listCountryModels", summary = "List the country models, by code")
    @APIResponse(responseCode = "200", description = "A page of country models",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CountryModelView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(@BeanParam @Valid PageRequest page, @Context UriInfo uri, @Context Request request) {
        Language lang = language.get();
        boolean editor = caller.isEditor();
        var result = countries.list(page);
        var options = countries.visibleOptions(result.items(), editor);
        EntityTag tag = ETags.weakDigest(uri.getRequestUri().getRawQuery(), lang, editor, result.total(),
                result.items().stream().map(c -> c.code + ":" + c.version).toList(), fingerprint(options));
        return ETags.notModified(request, tag).orElseGet(() -> {
            Map<String, Integer> order = dimensionOrder();
            List<CountryModelView> items = result.items().stream()
                    .map(c -> CountryModelView.from(c, options, order, lang)).toList();
            return Response.fromResponse(new Paged<>(items, result.total(), page).toResponse(uri)).tag(tag).build();
        });
    }

    @GET
    @Path("/compare")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "compareCountryModels", summary = "Compare countries dimension by dimension",
            description = "One row per dimension, one cell per country in the order given.")
    @APIResponse(responseCode = "200", description = "The comparison table", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ComparisonView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "No codes, a malformed code, or more than 8 codes")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "A code names no country model; the detail names it")
    public Response compare(@Parameter(description = "comma-separated ISO 3166 alpha-2 codes, at most 8", example = "CA,GB,US")
                            @QueryParam("codes") String codes, @Context Request request) {
        Language lang = language.get();
        boolean editor = caller.isEditor();
        List<CountryModel> compared = countries.forComparison(codes);
        var options = countries.visibleOptions(compared, editor);
        EntityTag tag = ETags.weakDigest(codes, lang, editor,
                compared.stream().map(c -> c.code + ":" + c.version).toList(), fingerprint(options));
        return ETags.notModified(request, tag)
                .orElseGet(() -> Response.ok(countries.compare(compared, options, lang)).tag(tag).build());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getCountryModel", summary = "Read one country model")
    @APIResponse(responseCode = "200", description = "The country model", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CountryModelView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such country model")
    public Response get(@PathParam("code") String code, @Context Request request) {
        Language lang = language.get();
        boolean editor = caller.isEditor();
        CountryModel country = countries.get(code);
        var options = countries.visibleOptions(List.of(country), editor);
        EntityTag tag = ETags.weakDigest(code, lang, editor, country.version, fingerprint(options));
        return ETags.notModified(request, tag).orElseGet(() ->
                Response.ok(CountryModelView.from(country, options, dimensionOrder(), lang)).tag(tag).build());
    }

    private Map<String, Integer> dimensionOrder() {
        return countries.dimensions().stream().collect(Collectors.toMap(d -> d.code, d -> d.order));
    }

    private static List<String> fingerprint(Map<String, DesignOptionVersion> options) {
        return options.values().stream().map(v -> v.id + ":" + v.revision).sorted().toList();
    }
}
