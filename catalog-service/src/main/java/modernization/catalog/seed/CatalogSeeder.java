package modernization.catalog.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import modernization.catalog.country.Choice;
import modernization.catalog.country.CountryModel;
import modernization.catalog.dimension.Dimension;
import modernization.catalog.option.DesignOption;
import modernization.catalog.option.DesignOptionRequest;
import modernization.catalog.option.DesignOptionService;
import modernization.catalog.pillar.Pillar;
import modernization.common.persistence.SchemaReady;
import modernization.common.persistence.SeedFiles;

/**
 * Loads the catalog's seed content (pillars, dimensions, design options, country models) from
 * {@code src/main/resources/seed/}. Only what is missing is added, keyed by code: a restart never
 * duplicates content and never overwrites an edit made through the API. Seeded options are
 * checked by the same rules as options written through the API, then published.
 */
@ApplicationScoped
public class CatalogSeeder {

    static final String SEED_USER = "seed";

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    DesignOptionService options;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    void seed(@Observes SchemaReady ready) {
        seedPillars();
        seedDimensions();
        seedOptions();
        seedCountries();
    }

    private void seedPillars() {
        Set<String> stored = codes("Pillar");
        for (PillarSeed seed : SeedFiles.read(mapper, "seed/pillars.json", new TypeReference<List<PillarSeed>>() {
        })) {
            if (!stored.contains(seed.code())) {
                new Pillar(seed.code(), seed.order(), seed.name(), seed.description()).persist();
            }
        }
        Pillar.flush();
    }

    private void seedDimensions() {
        Set<String> stored = codes("Dimension");
        for (DimensionSeed seed : SeedFiles.read(mapper, "seed/dimensions.json", new TypeReference<List<DimensionSeed>>() {
        })) {
            if (!stored.contains(seed.code())) {
                new Dimension(seed.code(), seed.order(), seed.name(), seed.description()).persist();
            }
        }
        Dimension.flush();
    }

    private void seedOptions() {
        List<DesignOptionRequest> seeds = SeedFiles.read(mapper, "seed/design-options.json", new TypeReference<>() {
        });
        Set<String> stored = codes("DesignOption");
        for (DesignOptionRequest seed : seeds) {
            if (stored.contains(seed.code())) {
                continue;
            }
            Set<ConstraintViolation<DesignOptionRequest>> violations = validator.validate(seed);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Seed option " + seed.code() + " is invalid: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
            }
            options.checkSeed(seed);
            DesignOption.create(seed, SEED_USER, clock.instant()).option.publish(SEED_USER, clock.instant());
        }
        DesignOption.flush();
    }

    private void seedCountries() {
        Set<String> stored = codes("CountryModel");
        for (CountrySeed seed : SeedFiles.read(mapper, "seed/country-models.json", new TypeReference<List<CountrySeed>>() {
        })) {
            if (stored.contains(seed.code())) {
                continue;
            }
            List<Choice> choices = seed.choices().stream()
                    .map(c -> new Choice(c.dimension(), c.option(), c.note()))
                    .toList();
            new CountryModel(seed.code(), seed.name(), seed.systemName(), seed.established(), seed.size(),
                    seed.centralBody(), seed.traits(), seed.sources(), choices).persist();
        }
        CountryModel.flush();
    }

    /** The codes of what is stored, in one query: a start checks every seed against them. */
    private Set<String> codes(String entity) {
        return Set.copyOf(em.createQuery("select code from " + entity, String.class)
                .getResultList());
    }
}
