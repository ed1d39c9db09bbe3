package modernization.catalog.source;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a statement of the catalog comes from: a publication, the place in it, the statement it
 * backs, and the stored copy it was checked against. A source that could not be confirmed says so
 * with {@code verified: false} and a note, rather than being dropped or guessed.
 */
@Schema(name = "Source", description = "A publication that backs a statement of the catalog")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
        @Schema(description = "How a country model's facts refer to this source (sourceRefs)", example = "cl-law-20955")
        @Size(max = 64) @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,63}$", message = "{modernization.catalog.source-id-pattern}")
        String id,
        @Schema(example = "Government at a Glance 2011") @NotBlank @Size(max = 500) String title,
        @Schema(example = "OECD", nullable = true) @Size(max = 300) String publisher,
        @Schema(example = "2011", nullable = true) Integer year,
        @Schema(example = "https://doi.org/10.1787/gov_glance-2011-en", nullable = true) @Size(max = 2000)
        @Pattern(regexp = "^https?://\\S+$", message = "{modernization.catalog.url-pattern}") String url,
        @Schema(example = "10.1787/gov_glance-2011-en", nullable = true) @Size(max = 200)
        @Pattern(regexp = "^10\\.\\S+/\\S+$", message = "{modernization.catalog.doi-pattern}") String doi,
        @Schema(description = "Chapter, section, page or table", example = "Chapter 6, senior civil service", nullable = true) @Size(max = 300)
        String locator,
        @Schema(description = "The statement it backs, quoting the figures it backs", example = "15 OECD countries", nullable = true)
        @Size(max = 2000) String supports,
        @Schema(description = "The address of the copy the statement was checked against", nullable = true) @Size(max = 2000)
        String checkedAt,
        @Schema(description = "false when the statement could not be confirmed in a copy of the source") Boolean verified,
        @Schema(description = "What could not be confirmed, when verified is false", nullable = true) @Size(max = 2000) String note) {

    @AssertTrue(message = "{modernization.catalog.source-url-or-doi}")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isUrlOrDoi() {
        return (url != null && !url.isBlank()) || (doi != null && !doi.isBlank())
                || (Boolean.FALSE.equals(verified) && note != null && !note.isBlank());
    }
}
