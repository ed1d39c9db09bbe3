package modernization.catalog.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import modernization.catalog.country.CountryModel;
import modernization.catalog.dimension.Dimension;
import modernization.catalog.option.DesignOption;
import modernization.catalog.option.DesignOptionVersion;
import modernization.catalog.pillar.Pillar;
import modernization.common.persistence.SchemaReady;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Loading the seed again (as every restart does) adds nothing twice and keeps edits made through the API. */
@QuarkusTest
class CatalogSeederTest {

    @Inject
    Event<SchemaReady> restart;

    @Test
    void shouldNotDuplicateAnythingWhenTheSeedIsLoadedAgain() {
        List<Long> before = counts();
        restart.fire(new SchemaReady());
        restart.fire(new SchemaReady());
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

            restart.fire(new SchemaReady());

            given().auth().oauth2(TestTokens.advisor()).when().get("/api/v1/design-options/" + id)
                    .then().statusCode(200).body("title", equalTo("Edited through the API"));
        } finally {
            discardDraftsOf(id);
        }
    }

    private static List<Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(Pillar.count(), Dimension.count(),
                DesignOption.count(), DesignOptionVersion.count(), CountryModel.count()));
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
