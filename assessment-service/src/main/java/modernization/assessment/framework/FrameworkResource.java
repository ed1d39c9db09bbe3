package modernization.assessment.framework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Readiness frameworks: the questions ministries answer, versioned and frozen once used. */
@Path("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Versioned readiness frameworks")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    /** One area with one criterion and all six level descriptors: the smallest valid version. */
    static final String VERSION_EXAMPLE = "{\"areas\": [{\"code\": \"LEGAL\", \"name\": {\"en\": \"Legal basis\"}, "
            + "\"weight\": 1, \"pillars\": [], \"criteria\": [{\"code\": \"LEGAL.CIVIL_SERVICE_LAW\", \"question\": {\"en\": \"?\"}, "
            + "\"weight\": 2, \"evidenceRequired\": false, \"levels\": [{\"level\": 0, \"descriptor\": {\"en\": \"a\"}}, "
            + "{\"level\": 1, \"descriptor\": {\"en\": \"b\"}}, {\"level\": 2, \"descriptor\": {\"en\": \"c\"}}, "
            + "{\"level\": 3, \"descriptor\": {\"en\": \"d\"}}, {\"level\": 4, \"descriptor\": {\"en\": \"e\"}}, "
            + "{\"level\": 5, \"descriptor\": {\"en\": \"f\"}}]}]}]}";

    static final String EXAMPLE = """
            {"code": "SES-PILOT-CHECK",
             "name": {"en": "SES pilot check", "ar": "فحص تجريبي", "ckb": "پشکنینی تاقیکاری"},
             "description": {"en": "A short check before a pilot."},
             "areas": [{"code": "LEGAL", "name": {"en": "Legal basis"}, "weight": 1, "pillars": ["ACCOUNTABILITY_PERFORMANCE"],
               "criteria": [{"code": "LEGAL.CIVIL_SERVICE_LAW", "question": {"en": "Does the law allow a senior cadre?"},
                 "weight": 3, "evidenceRequired": true, "evidenceGuidance": {"en": "Cite the article."},
                 "levels": [{"level": 0, "descriptor": {"en": "No provision"}}, {"level": 1, "descriptor": {"en": "Draft"}},
                            {"level": 2, "descriptor": {"en": "Partial"}}, {"level": 3, "descriptor": {"en": "In force"}},
                            {"level": 4, "descriptor": {"en": "Applied"}}, {"level": 5, "descriptor": {"en": "Reviewed"}}]}]}]}""";

    @Inject
    FrameworkService frameworks;

    @Inject
    RequestLanguage language;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listFrameworks", summary = "List readiness frameworks with their versions (without content)")
    @APIResponse(responseCode = "200", description = "A page of frameworks",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)), @Header(name = "Link")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FrameworkView.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(@BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        Language lang = language.get();
        var result = frameworks.list(page);
        List<FrameworkView> items = result.items().stream()
                .map(f -> FrameworkView.from(f, result.versions().getOrDefault(f.code, List.of()), lang, false)).toList();
        return new Paged<>(items, result.total(), page).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getFramework", summary = "Read a framework with every version's areas, criteria and levels")
    @APIResponse(responseCode = "200", description = "The framework", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such framework")
    public Response get(@PathParam("code") String code, @Context Request request) {
        Language lang = language.get();
        Framework framework = frameworks.get(code);
        List<FrameworkVersion> versions = frameworks.versions(code);
        EntityTag tag = ETags.weakDigest(code, lang, framework.lockVersion,
                versions.stream().map(v -> v.number + ":" + v.revision + ":" + v.inUse).toList());
        return ETags.notModified(request, tag)
                .orElseGet(() -> Response.ok(FrameworkView.from(framework, versions, lang, true)).tag(tag).build());
    }

    @GET
    @Path("/{code}/versions/{version}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getFrameworkVersion", summary = "Read one version of a framework")
    @APIResponse(responseCode = "200", description = "The version", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = FrameworkView.VersionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such framework or version")
    public Response version(@PathParam("code") String code, @PathParam("version") int number, @Context Request request) {
        Language lang = language.get();
        FrameworkVersion version = frameworks.version(code, number);
        // the other versions' translations are served with it, so their revisions are part of its tag
        List<FrameworkVersion> all = frameworks.versions(code);
        EntityTag tag = new EntityTag(version.revision + "-" + lang.tag() + "-" + ETags.weakDigest(
                all.stream().map(v -> v.number + ":" + v.revision).toList()).getValue());
        return ETags.notModified(request, tag).orElseGet(() -> Response.ok(
                FrameworkView.VersionView.from(version, lang, true, KnownTranslations.of(all))).tag(tag).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "createFramework", summary = "Create a framework with its first version (advisers, UNDP staff)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FrameworkRequest.class), examples = @ExampleObject(name = "framework", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at version 1",
            content = @Content(schema = @Schema(implementation = FrameworkView.VersionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff manage frameworks")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Repeated codes, unknown pillars or incomplete levels")
    public Response create(@Valid @NotNull FrameworkRequest body, @Context UriInfo uri) {
        FrameworkVersion created = frameworks.create(body, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.frameworkCode).path("versions")
                        .path(String.valueOf(created.number)).build())
                .tag(ETags.of(created.revision))
                .entity(FrameworkView.VersionView.from(created, language.get(), true, translations(created)))
                .build();
    }

    @POST
    @Path("/{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "createFrameworkVersion", summary = "Add the next version of a framework (advisers, UNDP staff)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FrameworkVersionRequest.class),
            examples = @ExampleObject(name = "version", value = VERSION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at it",
            content = @Content(schema = @Schema(implementation = FrameworkView.VersionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff manage frameworks")
    @APIResponse(responseCode = "404", description = "No such framework")
    @APIResponse(responseCode = "422", description = "Repeated codes, unknown pillars or incomplete levels")
    public Response addVersion(@PathParam("code") String code, @Valid @NotNull FrameworkVersionRequest body,
                               @Context UriInfo uri) {
        FrameworkVersion created = frameworks.addVersion(code, body, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.number)).build())
                .tag(ETags.of(created.revision))
                .entity(FrameworkView.VersionView.from(created, language.get(), true, translations(created)))
                .build();
    }

    @PUT
    @Path("/{code}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "updateFrameworkVersion",
            summary = "Replace a version's content while no assessment uses it (advisers, UNDP staff)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FrameworkVersionRequest.class),
            examples = @ExampleObject(name = "version", value = VERSION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The version", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = FrameworkView.VersionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff manage frameworks")
    @APIResponse(responseCode = "404", description = "No such framework or version")
    @APIResponse(responseCode = "409", description = "An assessment uses this version: it is immutable")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Repeated codes, unknown pillars or incomplete levels")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replaceVersion(@PathParam("code") String code, @PathParam("version") int number,
                                   @Parameter(name = "If-Match", required = true, description = "The ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull FrameworkVersionRequest body) {
        FrameworkVersion version = frameworks.replaceVersion(code, number, body, ifMatch, caller.name());
        return Response.ok(FrameworkView.VersionView.from(version, language.get(), true, translations(version)))
                .tag(ETags.of(version.revision)).build();
    }

    private KnownTranslations translations(FrameworkVersion version) {
        return KnownTranslations.of(frameworks.versions(version.frameworkCode));
    }
}
