package modernization.assessment.ministry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The ministry of each government whose users answer the government's own assessment beside UNDP
 * staff: by default each government's Ministry of Planning.
 */
@ConfigMapping(prefix = "assessment.coordinating-ministry")
public interface CoordinatingMinistries {

    @WithDefault("MOP-FED")
    String federalIraq();

    @WithDefault("MOP-KRG")
    String krg();

    default String of(Government government) {
        return switch (government) {
            case FEDERAL_IRAQ -> federalIraq();
            case KRG -> krg();
        };
    }

    /** The government a ministry coordinates, if it is a coordinating ministry. */
    default Optional<Government> coordinatedBy(String ministryCode) {
        for (Government government : Government.values()) {
            if (of(government).equals(ministryCode)) {
                return Optional.of(government);
            }
        }
        return Optional.empty();
    }
}
