package modernization.catalog.option;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import modernization.catalog.legal.LegalInstrumentService;
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

/** SES design options: search, read, and the draft / publish / retire lifecycle with versions. */
@Path("/api/v1/design-options")
@Tag(name = "Design options", description = "The options a government chooses between on each SES design dimension")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class DesignOptionResource {

    @Inject
    DesignOptionService options;

    @Inject
    RenderedOptions rendered;

    @Inject
    OptionQueryParser queries;

    @Inject
    RequestLanguage language;

    @Inject
    LegalInstrumentService legalInstruments;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listDesignOptions", summary = "Search and list design options",
            description = "Advisers and UNDP staff see the latest version of every option, drafts included; "
                    + "other roles see published options only. `q` is a full-text search in the served language.")
    @APIResponse(responseCode = "200", description = "A page of options",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link", description = "RFC 8288 links: first, last, prev, next"),
                       @Header(name = "ETag", description = "weak tag of this page")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DesignOptionSummary.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "An unknown filter value, sort or paging parameter")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(
            @Parameter(description = "dimension code", example = "ENTRY_SELECTION") @QueryParam("dimension") String dimension,
            @Parameter(description = "pillar code", example = "ACCOUNTABILITY_PERFORMANCE") @QueryParam("pillar") String pillar,
            @Parameter(description = "ISO 3166 alpha-2 code of a country that chose the option", example = "CL")
            @QueryParam("country") String country,
            @Parameter(description = "DRAFT, PUBLISHED or RETIRED", schema = @Schema(implementation = OptionStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "full-text search in the served language", example = "merit")
            @QueryParam("q") String q,
            @Parameter(description = "title, -title, updatedAt, -updatedAt or relevance (default: relevance with q, else title)")
            @QueryParam("sort") String sort,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri, @Context Request request) {
        Language lang = language.get();
        OptionQuery query = queries.parse(dimension, pillar, country, status, q, sort, page, lang);
        boolean editor = caller.isEditor();
        var result = options.search(query, editor);
        EntityTag tag = ETags.weakDigest(uri.getRequestUri().getRawQuery(), lang, editor, result.total(),
                result.items().stream().map(v -> v.id + ":" + v.revision).toList());
        return ETags.notModified(request, tag).orElseGet(() -> {
            List<DesignOptionSummary> items = result.items().stream().map(v -> DesignOptionSummary.from(v, lang)).toList();
            return Response.fromResponse(new Paged<>(items, result.total(), page).toResponse(uri)).tag(tag).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "getDesignOption", summary = "Read a design option",
            description = "Advisers and UNDP staff get the latest version (a draft, if one is open); other roles "
                    + "get the published version. `version` asks for one version of the history.")
    @APIResponse(responseCode = "200", description = "The option", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DesignOptionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such option, or not visible to the caller")
    public Response get(@PathParam("id") UUID id,
                        @Parameter(description = "a version number of the history") @QueryParam("version") Integer version,
                        @Context Request request) {
        Language lang = language.get();
        boolean editor = caller.isEditor();
        VersionRef v = options.find(id, version, editor);
        EntityTag tag = tag(v.number(), v.revision(), v.optionRevision(), lang, editor);
        return ETags.notModified(request, tag).orElseGet(() -> Response.ok(
                        rendered.json(v, lang, editor, () -> options.load(v)),
                        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tag).build());
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listDesignOptionVersions", summary = "The version history of an option, newest first",
            description = "Who created, edited, published and retired each version, and when. Drafts are listed "
                    + "for advisers and UNDP staff only.")
    @APIResponse(responseCode = "200", description = "The versions", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such option, or not visible to the caller")
    public Response versions(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page, @Context UriInfo uri,
                             @Context Request request) {
        Language lang = language.get();
        List<DesignOptionVersion> history = options.history(id, caller.isEditor());
        EntityTag tag = ETags.weakDigest(uri.getRequestUri().getRawQuery(), lang,
                history.stream().map(v -> v.number + ":" + v.revision).toList());
        return ETags.notModified(request, tag).orElseGet(() -> {
            List<VersionView> items = history.stream().skip(page.offset()).limit(page.size)
                    .map(v -> VersionView.from(v, lang)).toList();
            return Response.fromResponse(new Paged<>(items, history.size(), page).toResponse(uri)).tag(tag).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "createDesignOption", summary = "Create a design option as a draft (advisers, UNDP staff)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DesignOptionRequest.class),
            examples = @ExampleObject(name = "independent-board", value = DesignOptionRequest.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created as version 1, DRAFT; Location points at it",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = DesignOptionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff write the catalog")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "Unknown dimension, pillar or country, or steps that do not fit together")
    public Response create(@Valid @NotNull DesignOptionRequest body, @Context UriInfo uri) {
        Language lang = language.get();
        DesignOptionVersion created = options.create(body, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(created.option.id.toString()).build())
                .tag(tag(created, lang))
                .entity(DesignOptionView.from(created, lang, true, legalInstruments.titles(created.legalBasis)))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "updateDesignOption", summary = "Replace the content of an option (advisers, UNDP staff)",
            description = "Replaces the open draft, or, when the latest version is published, starts the next "
                    + "version as a draft with this content. Needs If-Match with the ETag last read.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DesignOptionRequest.class),
            examples = @ExampleObject(name = "independent-board", value = DesignOptionRequest.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The draft that now holds the content", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DesignOptionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff write the catalog")
    @APIResponse(responseCode = "404", description = "No such option")
    @APIResponse(responseCode = "409", description = "The option is retired")
    @APIResponse(responseCode = "412", description = "If-Match does not name the latest version")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    @APIResponse(responseCode = "422", description = "Unknown references, steps that do not fit together, or a changed code")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, @Parameter(name = "If-Match", required = true, description = "The ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull DesignOptionRequest body) {
        return withTag(options.update(id, body, ifMatch, caller.name()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "publishDesignOption", summary = "Publish the open draft (advisers, UNDP staff)",
            description = "The draft becomes the version every reader sees and can no longer change. If-Match is honoured when sent.")
    @APIResponse(responseCode = "200", description = "The published version", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DesignOptionView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff publish")
    @APIResponse(responseCode = "404", description = "No such option")
    @APIResponse(responseCode = "409", description = "There is no draft to publish")
    @APIResponse(responseCode = "412", description = "If-Match does not name the latest version")
    @APIResponse(responseCode = "422", description = "The draft lacks pros, cons, steps or pillars")
    public Response publish(@PathParam("id") UUID id, @Parameter(name = "If-Match", description = "Optional: the ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(options.publish(id, ifMatch, caller.name()));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR})
    @Operation(operationId = "retireDesignOption", summary = "Retire a published option (advisers, UNDP staff)",
            description = "Readers no longer see it; its history stays. If-Match is honoured when sent.")
    @APIResponse(responseCode = "200", description = "The retired version", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DesignOptionView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Only advisers and UNDP staff retire")
    @APIResponse(responseCode = "404", description = "No such option")
    @APIResponse(responseCode = "409", description = "The latest version is not published")
    @APIResponse(responseCode = "412", description = "If-Match does not name the latest version")
    public Response retire(@PathParam("id") UUID id, @Parameter(name = "If-Match", description = "Optional: the ETag you last read; 412 when the resource changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(options.retire(id, ifMatch, caller.name()));
    }

    private Response withTag(DesignOptionVersion v) {
        Language lang = language.get();
        return Response.ok(DesignOptionView.from(v, lang, true, legalInstruments.titles(v.legalBasis))).tag(tag(v, lang)).build();
    }

    /** The tag of what an editor is sent after a write: the same as that editor's next read of it. */
    private static EntityTag tag(DesignOptionVersion v, Language lang) {
        return tag(v.number, v.revision, v.option.lockVersion, lang, true);
    }

    /**
     * {@code "number.revision-lang-optionRevisionRole"}: a version's view also shows its option's latest
     * and published versions, and editors see more than readers, so both are part of the tag.
     */
    private static EntityTag tag(int number, long revision, long optionRevision, Language lang, boolean editor) {
        return ETags.of(number, revision, lang.tag(), optionRevision + (editor ? "e" : "r"));
    }
}
