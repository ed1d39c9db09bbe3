package modernization.catalog.pillar;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import modernization.common.persistence.SchemaReady;
import modernization.common.persistence.SeedFiles;

/** Adds the seeded pillars that are missing; a pillar already stored is never overwritten. */
@ApplicationScoped
public class PillarSeeder {

    @Inject
    ObjectMapper mapper;

    @Transactional
    void seed(@Observes SchemaReady ready) {
        List<PillarSeed> seeds = SeedFiles.read(mapper, "seed/pillars.json", new TypeReference<>() {
        });
        for (PillarSeed seed : seeds) {
            if (Pillar.findByIdOptional(seed.code()).isEmpty()) {
                new Pillar(seed.code(), seed.order(), seed.name(), seed.description()).persist();
            }
        }
    }
}
