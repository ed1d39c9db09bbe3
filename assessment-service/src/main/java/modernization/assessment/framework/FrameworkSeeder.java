package modernization.assessment.framework;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import modernization.common.i18n.LocalizedText;
import modernization.common.persistence.SchemaReady;
import modernization.common.persistence.SeedFiles;

/** Adds the seeded frameworks and versions that are missing; stored ones are never overwritten. */
@ApplicationScoped
public class FrameworkSeeder {

    record Seed(String code, LocalizedText name, LocalizedText description, List<VersionSeed> versions) {
    }

    record VersionSeed(int version, List<FrameworkContent.Area> areas) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Transactional
    void seed(@Observes @Priority(20) SchemaReady ready) {
        for (Seed seed : SeedFiles.read(mapper, "seed/frameworks.json", new TypeReference<List<Seed>>() {
        })) {
            Framework.<Framework>findByIdOptional(seed.code()).ifPresentOrElse(
                    // the seed wrote it and nobody edits a framework's name: it follows the seed file
                    framework -> framework.retitle(seed.name(), seed.description()),
                    () -> new Framework(seed.code(), seed.name(), seed.description(), "seed", clock.instant()).persist());
            for (VersionSeed version : seed.versions()) {
                var violations = validator.validate(new FrameworkVersionRequest(version.areas()));
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("Seed framework " + seed.code() + " v" + version.version()
                            + " is invalid: " + violations);
                }
                FrameworkService.checkAreas(version.areas());
                if (FrameworkVersion.find(seed.code(), version.version()).isEmpty()) {
                    new FrameworkVersion(seed.code(), version.version(), version.areas(), "seed", clock.instant()).persist();
                }
            }
        }
    }
}
