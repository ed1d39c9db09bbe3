package modernization.catalog.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import modernization.catalog.country.CountryModel;
import modernization.catalog.dimension.Dimension;
import modernization.catalog.glossary.GlossaryTerm;
import modernization.catalog.legal.LegalInstrument;
import modernization.catalog.option.DesignOption;
import modernization.catalog.option.DesignOptionVersion;
import modernization.catalog.pillar.Pillar;
import modernization.common.i18n.LocalizedText;
import modernization.common.persistence.SchemaReady;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading the seed again (as the first start of a new build does) adds nothing twice and keeps edits
 * made through the API; a restart of the same build does not load it again. The tests forget the
 * last load where they need the seed loaded, as a new build's start would find it.
 */
@QuarkusTest
class CatalogSeederTest {

    @Inject
    Event<SchemaReady> restart;

    @Test
    void shouldNotDuplicateAnythingWhenTheSeedIsLoadedAgain() {
        List<Long> before = counts();
        startOfANewBuild();
        startOfANewBuild();
        assertEquals(before, counts());
    }

    @Test
    void shouldKeepAnEditMadeThroughTheApiWhenTheSeedIsLoadedAgain() {
        String id = QuarkusTransaction.requiringNew().call(() ->
                DesignOption.<DesignOption>find("code", "TENURE_PERMANENT").firstResultOptional()
                        .orElseGet(() -> DesignOption.<DesignOption>find("createdBy", CatalogSeeder.SEED_USER).firstResult())
                        .id.toString());
        var current = given().auth().oauth2(TestTokens.advisor()).when().get("/api/v1/design-options/" + id)
                .then().statusCode(200).extract();
        try {
            Map<String, Object> body = new java.util.HashMap<>(Map.of(
                    "code", current.path("code"), "dimension", current.path("dimension"),
                    "title", Map.of("en", "Edited through the API"), "summary", Map.of("en", "Edited"),
                    "description", Map.of("en", "Edited"), "pros", List.of(Map.of("en", "p")),
                    "cons", List.of(Map.of("en", "c")), "prerequisites", List.of(),
                    "implementationSteps", List.of(Map.of("code", "ONE_STEP", "title", Map.of("en", "s"),
                            "durationMonths", 1, "dependsOn", List.of(), "phase", "FOUNDATION")),
                    "pillars", List.of("MANAGING_IDENTITY")));
            body.put("countries", List.of());
            given().auth().oauth2(TestTokens.advisor()).header("If-Match", current.header("ETag"))
                    .contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/design-options/" + id).then().statusCode(200);

            startOfANewBuild();

            given().auth().oauth2(TestTokens.advisor()).when().get("/api/v1/design-options/" + id)
                    .then().statusCode(200).body("title", equalTo("Edited through the API"));
        } finally {
            discardDraftsOf(id);
        }
    }

    @Test
    void anOptionOnlyTheSeedWroteGetsTheChangedSeedAsItsNextPublishedVersion() {
        record Before(java.util.UUID id, int version, String summary) {
        }
        // what an earlier seed file said: the stored published version differs from today's seed
        Before before = QuarkusTransaction.requiringNew().call(() -> {
            DesignOption option = DesignOption.<DesignOption>find("code", "MOB_VOLUNTARY").firstResult();
            DesignOptionVersion published = option.latest();
            String summary = published.summary.en();
            published.summary = new LocalizedText("An older summary", null, null);
            return new Before(option.id, published.number, summary);
        });
        try {
            startOfANewBuild();

            given().auth().oauth2(TestTokens.partnerApp())
                    .when().get("/api/v1/design-options/" + before.id())
                    .then().statusCode(200)
                    .body("version", equalTo(before.version() + 1))
                    .body("status", equalTo("PUBLISHED"))
                    .body("summary", equalTo(before.summary()));
            given().auth().oauth2(TestTokens.partnerApp())
                    .when().get("/api/v1/design-options/" + before.id() + "?version=" + before.version())
                    .then().statusCode(200)
                    .body("summary", equalTo("An older summary"));

            startOfANewBuild();
            assertEquals(before.version() + 1, QuarkusTransaction.requiringNew().call(() ->
                    DesignOption.<DesignOption>findById(before.id()).latestVersion), "an unchanged seed adds no version");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                DesignOption option = DesignOption.findById(before.id());
                DesignOptionVersion.delete("option = ?1 and number > ?2", option, before.version());
                option.latestVersion = before.version();
                option.publishedVersion = before.version();
                DesignOptionVersion restored = option.latest();
                restored.summary = new LocalizedText(before.summary(), restored.summary.ar(), restored.summary.ckb());
            });
        }
    }

    @Test
    void aRestartOfTheSameBuildDoesNotLoadTheSeedAgain() {
        startOfANewBuild();
        Instant loadedAt = lastLoad().loadedAt;
        String seeded = QuarkusTransaction.requiringNew().call(() -> {
            Dimension dimension = Dimension.findById("TENURE");
            String text = dimension.name.en();
            dimension.name = new LocalizedText("Changed behind the seed's back", dimension.name.ar(), dimension.name.ckb());
            return text;
        });
        try {
            restart.fire(new SchemaReady());

            given().auth().oauth2(TestTokens.partnerApp()).when().get("/api/v1/dimensions/TENURE")
                    .then().statusCode(200).body("name", equalTo("Changed behind the seed's back"));
            assertEquals(loadedAt, lastLoad().loadedAt, "the same build's seed is not loaded twice");

            startOfANewBuild();

            given().auth().oauth2(TestTokens.partnerApp()).when().get("/api/v1/dimensions/TENURE")
                    .then().statusCode(200).body("name", equalTo(seeded));
            assertTrue(lastLoad().loadedAt.isAfter(loadedAt), "a new build's start loads the seed and says when");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Dimension dimension = Dimension.findById("TENURE");
                dimension.name = new LocalizedText(seeded, dimension.name.ar(), dimension.name.ckb());
            });
        }
    }

    /** A start of another build: the last load's fingerprint is not this build's, so the seed is loaded. */
    private void startOfANewBuild() {
        QuarkusTransaction.requiringNew().run(() -> SeedLoad.update("fingerprint = 'an-earlier-build'"));
        restart.fire(new SchemaReady());
    }

    private static SeedLoad lastLoad() {
        return QuarkusTransaction.requiringNew().call(() -> SeedLoad.<SeedLoad>findAll().singleResult());
    }

    private static List<Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(Pillar.count(), Dimension.count(),
                DesignOption.count(), DesignOptionVersion.count(), CountryModel.count(), GlossaryTerm.count(),
                LegalInstrument.count()));
    }

    /** Puts a seeded option back as it was: the test's draft removed, the published version current. */
    private static void discardDraftsOf(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            DesignOption option = DesignOption.findById(java.util.UUID.fromString(id));
            DesignOptionVersion.delete("option = ?1 and status = ?2", option,
                    modernization.catalog.option.OptionStatus.DRAFT);
            option.latestVersion = option.publishedVersion;
        });
    }
}
