package modernization.catalog.glossary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Stream;
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

/** The programme's glossary: one rendering of each term in each language. */
@Path("/api/v1/glossary")
@Tag(name = "Glossary", description = "The programme's terms, their one rendering in English, Arabic and Central Kurdish, and the renderings not to use")
@SecurityRequirement(name = "oidc")
@Produces(MediaType.APPLICATION_JSON)
public class GlossaryResource {

    static final String ALL = "all";

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.UNDP_STAFF, Roles.ADVISOR, Roles.MINISTRY_USER, Roles.PARTNER_APP})
    @Operation(operationId = "listGlossary", summary = "List the glossary's terms",
            description = "In the served language (`lang`, then `Accept-Language`); `?lang=all` gives each term and definition in all three languages.")
    @APIResponse(responseCode = "200", description = "A page of terms, in the glossary's order",
            headers = {@Header(name = Paged.TOTAL_COUNT, schema = @Schema(type = SchemaType.INTEGER)),
                       @Header(name = "Link"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = GlossaryTermView.Entry.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response list(@Parameter(description = "en, ar, ckb, or all for the three at once",
                                    schema = @Schema(enumeration = {"en", "ar", "ckb", "all"}))
                         @QueryParam("lang") String lang,
                         @BeanParam @Valid PageRequest page, @Context UriInfo uri, @Context Request request) {
        boolean all = ALL.equalsIgnoreCase(lang == null ? "" : lang.trim());
        Language served = all ? Language.EN : language.get();
        List<GlossaryTerm> terms = GlossaryTerm.inOrder();
        EntityTag tag = ETags.weakDigest(uri.getRequestUri().getRawQuery(), all ? ALL : served,
                terms.stream().map(t -> t.code + ":" + t.version).toList());
        return ETags.notModified(request, tag).orElseGet(() -> {
            Stream<GlossaryTerm> pageOf = terms.stream().skip(page.offset()).limit(page.size);
            List<?> items = all ? pageOf.map(GlossaryTermView.Translations::from).toList()
                    : pageOf.map(t -> GlossaryTermView.from(t, served)).toList();
            return Response.fromResponse(new Paged<>(items, terms.size(), page).toResponse(uri)).tag(tag).build();
        });
    }
}
