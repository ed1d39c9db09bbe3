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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import modernization.catalog.country.CountryModel;
import modernization.catalog.dimension.Dimension;
import modernization.catalog.glossary.GlossaryTerm;
import modernization.catalog.legal.LegalInstrument;
import modernization.catalog.option.DesignOption;
import modernization.catalog.option.DesignOptionRequest;
import modernization.catalog.option.DesignOptionService;
import modernization.catalog.option.DesignOptionVersion;
import modernization.catalog.option.OptionStatus;
import modernization.catalog.pillar.Pillar;
import modernization.common.persistence.SchemaReady;
import modernization.common.persistence.SeedFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the catalog's seed content (pillars, dimensions, the glossary, legal instruments, design
 * options, country models) from {@code src/main/resources/seed/}, keyed by code; a restart never
 * duplicates content. What only the seed writes (dimensions' texts, the glossary, legal instruments,
 * country models) follows the seed file. A seeded design option whose seed changed gets a new
 * published version, so that roadmaps made from the earlier one keep it; an option an adviser has
 * edited, drafted or retired through the API is left as they left it. Seeded options are checked
 * by the same rules as options written through the API. A restart of the same build (the same
 * {@link SeedFingerprint}) does not load the seed again: the content it would compare is what that
 * build's first start left.
 */
@ApplicationScoped
public class CatalogSeeder {

    static final String SEED_USER = "seed";
    private static final Logger LOG = Logger.getLogger(CatalogSeeder.class);

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

    /** What to fingerprint instead of where this class was loaded from (which Quarkus's test class loader does not say). */
    @ConfigProperty(name = "modernization.seed.fingerprint-of")
    Optional<Path> fingerprintOf;

    @Transactional
    void seed(@Observes SchemaReady ready) {
        Optional<String> fingerprint = fingerprintOf.map(SeedFingerprint::digest)
                .or(() -> SeedFingerprint.of(CatalogSeeder.class));
        Optional<SeedLoad> loaded = fingerprint.flatMap(SeedLoad::of);
        if (loaded.isPresent()) {
            LOG.infof("Seed content of this build already loaded at %s: not compared again", loaded.get().loadedAt);
            return;
        }
        seedPillars();
        seedDimensions();
        seedGlossary();
        seedLegalInstruments();
        seedOptions();
        seedCountries();
        fingerprint.ifPresent(f -> SeedLoad.record(f, clock.instant()));
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
        Map<String, Dimension> stored = Dimension.<Dimension>listAll().stream()
                .collect(Collectors.toMap(d -> d.code, Function.identity()));
        for (DimensionSeed seed : SeedFiles.read(mapper, "seed/dimensions.json", new TypeReference<List<DimensionSeed>>() {
        })) {
            Dimension dimension = stored.get(seed.code());
            if (dimension == null) {
                new Dimension(seed.code(), seed.order(), seed.name(), seed.description()).persist();
            } else {
                dimension.replaceText(seed.name(), seed.description());
            }
        }
        Dimension.flush();
    }

    private void seedGlossary() {
        Map<String, GlossaryTerm> stored = GlossaryTerm.<GlossaryTerm>listAll().stream()
                .collect(Collectors.toMap(t -> t.code, Function.identity()));
        List<GlossarySeed> seeds = SeedFiles.read(mapper, "seed/glossary.json", new TypeReference<>() {
        });
        Instant now = clock.instant();
        for (int i = 0; i < seeds.size(); i++) {
            GlossaryTerm term = seeds.get(i).toTerm(i + 1, now);
            GlossaryTerm known = stored.get(term.code);
            if (known == null) {
                term.persist();
            } else {
                known.replaceWith(term, now);
            }
        }
        GlossaryTerm.flush();
    }

    private void seedLegalInstruments() {
        Map<String, LegalInstrument> stored = LegalInstrument.<LegalInstrument>listAll().stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
        Instant now = clock.instant();
        for (LegalInstrumentSeed seed : SeedFiles.read(mapper, "seed/legal-instruments.json",
                new TypeReference<List<LegalInstrumentSeed>>() {
                })) {
            valid("Seed legal instrument " + seed.code(), seed.sources());
            LegalInstrument instrument = seed.toInstrument(now);
            LegalInstrument known = stored.get(seed.code());
            if (known == null) {
                instrument.persist();
            } else {
                known.replaceWith(instrument, now);
            }
        }
        LegalInstrument.flush();
    }

    private void seedOptions() {
        List<DesignOptionRequest> seeds = SeedFiles.read(mapper, "seed/design-options.json", new TypeReference<>() {
        });
        for (DesignOptionRequest seed : seeds) {
            valid("Seed option " + seed.code(), seed);
            options.checkSeed(seed);
            Optional<DesignOption> stored = DesignOption.findByCode(seed.code());
            if (stored.isEmpty()) {
                DesignOption.create(seed, SEED_USER, clock.instant()).option.publish(SEED_USER, clock.instant());
            } else {
                revise(stored.get(), seed);
            }
        }
        DesignOption.flush();
    }

    /** Publishes the seed's content as the next version of an option only the seed has written. */
    private void revise(DesignOption option, DesignOptionRequest seed) {
        DesignOptionVersion latest = option.latest();
        if (latest.status != OptionStatus.PUBLISHED || !SEED_USER.equals(latest.updatedBy)
                || latest.content().equals(seed)) {
            return;
        }
        Instant now = clock.instant();
        option.edit(seed, SEED_USER, now);
        DesignOptionVersion published = option.publish(SEED_USER, now);
        LOG.infof("Seed option %s changed: its version %d is published", option.code, published.number);
    }

    private void seedCountries() {
        Map<String, CountryModel> stored = CountryModel.<CountryModel>listAll().stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        for (CountrySeed seed : SeedFiles.read(mapper, "seed/country-models.json", new TypeReference<List<CountrySeed>>() {
        })) {
            valid("Seed country model " + seed.code(), seed.sources());
            CountryModel known = stored.get(seed.code());
            if (known == null) {
                new CountryModel(seed.code(), seed.content()).persist();
            } else {
                known.replaceWith(seed.content());
            }
        }
        CountryModel.flush();
    }

    /** A broken seed file fails the start loudly, naming what is wrong. */
    private void valid(String what, Object seed) {
        Set<? extends ConstraintViolation<?>> violations = seed instanceof List<?> list
                ? list.stream().flatMap(item -> validator.validate(item).stream()).collect(Collectors.toSet())
                : validator.validate(seed);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(what + " is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
    }

    /** The codes of what is stored, in one query: a start checks every seed against them. */
    private Set<String> codes(String entity) {
        return Set.copyOf(em.createQuery("select code from " + entity, String.class)
                .getResultList());
    }
}
