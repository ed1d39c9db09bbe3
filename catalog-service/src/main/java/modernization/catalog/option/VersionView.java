package modernization.catalog.option;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an option's version history: what it was, and who changed it when. */
@Schema(name = "DesignOptionVersion")
public record VersionView(
        int version,
        OptionStatus status,
        String title,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        String publishedBy,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) String retiredBy,
        @Schema(nullable = true) Instant retiredAt) {

    public static VersionView from(DesignOptionVersion v, modernization.common.i18n.Language lang) {
        return new VersionView(v.number, v.status, v.title.in(lang), v.createdBy, v.createdAt, v.updatedBy,
                v.updatedAt, v.publishedBy, v.publishedAt, v.retiredBy, v.retiredAt);
    }
}
