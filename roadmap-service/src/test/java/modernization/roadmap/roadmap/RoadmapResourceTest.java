package modernization.roadmap.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoadmapResourceTest {

    private static final String ROADMAPS = "/api/v1/roadmaps";

    private UUID draft;
    private UUID published;

    @AfterEach
    void removeOwnData() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (draft != null) {
                Roadmap.deleteById(draft);
            }
            if (published != null) {
                Roadmap.deleteById(published);
            }
        });
    }

    @Test
    void shouldAnswerEmptyListWithPagingHeadersWhenNoRoadmapExists() {
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(ROADMAPS)
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("size()", equalTo(0));
    }

    @Test
    void shouldShowDraftsToAdvisersAndUndpStaffOnly() {
        givenADraftAndAPublishedRoadmap();
        for (String token : new String[] {TestTokens.advisor(), TestTokens.undpStaff()}) {
            given().auth().oauth2(token)
                    .when().get(ROADMAPS + "?size=100")
                    .then().statusCode(200)
                    .body("id", hasItem(draft.toString()))
                    .body("id", hasItem(published.toString()));
        }
        for (String token : new String[] {TestTokens.ministryUser("MOP-KRG"), TestTokens.partnerApp()}) {
            given().auth().oauth2(token)
                    .when().get(ROADMAPS + "?size=100")
                    .then().statusCode(200)
                    .body("id", hasItem(published.toString()))
                    .body("id", not(hasItem(draft.toString())))
                    .body("status", everyItem(equalTo("PUBLISHED")));
        }
    }

    @Test
    void shouldNotRevealDraftsToPartnersEvenWhenTheyFilterByDraftStatus() {
        givenADraftAndAPublishedRoadmap();
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(ROADMAPS + "?status=DRAFT")
                .then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void shouldRequireToken() {
        given().when().get(ROADMAPS)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectUnknownStatusFilterWithProblem() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(ROADMAPS + "?status=LOST")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of DRAFT, PUBLISHED, ARCHIVED"));
    }

    private void givenADraftAndAPublishedRoadmap() {
        QuarkusTransaction.requiringNew().run(() -> {
            Roadmap d = new Roadmap("Draft KRG roadmap", Government.KRG, LocalDate.of(2027, 1, 1), "advisor-demo");
            d.persist();
            Roadmap p = new Roadmap("Published KRG roadmap", Government.KRG, LocalDate.of(2027, 1, 1), "advisor-demo");
            p.status = RoadmapStatus.PUBLISHED;
            p.persist();
            draft = d.id;
            published = p.id;
        });
    }
}
