package modernization.catalog.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedFingerprintTest {

    @Test
    void theSameBuildHasTheSameFingerprintAndAnyChangedFileAnother(@TempDir Path build) throws IOException {
        Files.createDirectories(build.resolve("seed"));
        Files.writeString(build.resolve("seed/pillars.json"), "[{\"code\":\"MANAGING_IDENTITY\"}]");
        Files.writeString(build.resolve("CatalogSeeder.class"), "code");
        String first = SeedFingerprint.digest(build);

        assertEquals(first, SeedFingerprint.digest(build));
        Files.writeString(build.resolve("seed/pillars.json"), "[{\"code\":\"MANAGING_RESULTS\"}]");
        String seedChanged = SeedFingerprint.digest(build);
        assertNotEquals(first, seedChanged);
        Files.writeString(build.resolve("CatalogSeeder.class"), "other code");
        assertNotEquals(seedChanged, SeedFingerprint.digest(build));
    }

    @Test
    void aFileIsFingerprintedByItsBytes(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("catalog-service.jar"), "one build");
        String first = SeedFingerprint.digest(jar);
        Files.writeString(jar, "another build");
        assertNotEquals(first, SeedFingerprint.digest(jar));
    }

    @Test
    void theSeederItselfHasAFingerprint() {
        assertTrue(SeedFingerprint.of(CatalogSeeder.class).orElseThrow().matches("[0-9a-f]{64}"));
    }
}
