package modernization.assessment.ministry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import modernization.common.persistence.SchemaReady;
import modernization.common.persistence.SeedFiles;

/** Registers the seeded ministries that are missing; ministries already there are left as they are. */
@ApplicationScoped
public class MinistrySeeder {

    @Inject
    ObjectMapper mapper;

    @Transactional
    void seed(@Observes SchemaReady ready) {
        List<MinistryRequest> seeds = SeedFiles.read(mapper, "seed/ministries.json", new TypeReference<>() {
        });
        for (MinistryRequest seed : seeds) {
            if (Ministry.findByCode(seed.code()).isEmpty()) {
                new Ministry(seed.code(), seed.name(), seed.government()).persist();
            }
        }
    }
}
