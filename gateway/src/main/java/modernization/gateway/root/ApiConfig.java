package modernization.gateway.root;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;

/** What the API root says of the API: its name, version and when that version was released. */
@ConfigMapping(prefix = "gateway.api")
public interface ApiConfig {

    @WithDefault("SES modernization platform API")
    String name();

    /** The contract's version, as the merged OpenAPI document's info.version has it. */
    @WithDefault("1.0")
    String version();

    /** When this version of the contract was released (CHANGELOG.md). */
    @WithDefault("2026-11-27")
    LocalDate released();
}
