package modernization.catalog.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a country model's facts come from. */
@Schema(name = "Source")
public record Source(
        @Schema(example = "Government at a Glance 2009") String title,
        @Schema(example = "OECD") String publisher,
        @Schema(example = "2009") Integer year,
        @Schema(example = "https://www.oecd.org/gov/") String url) {
}
