package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The partner example of the generated TypeScript client (typescript-client/examples) runs in Node
 * against the platform, through the validating proxy, and sees what the API serves: every published
 * option in Arabic across the pages its Link headers name, a 304 for If-None-Match, and the
 * readiness summary the partner app may read.
 */
class PartnerClientIT {

    private static final Path CLIENT = Snapshot.PLATFORM.resolve("typescript-client");
    private static final Path EXAMPLE = CLIENT.resolve("target/dist/examples/partner-dashboard.js");

    @Test
    void thePartnerExampleOfTheGeneratedClientPagesInArabicRevalidatesAndReadsTheSummary() throws Exception {
        assertTrue(Files.exists(EXAMPLE), EXAMPLE + " is missing: build typescript-client first (mvn verify builds it before system-tests)");
        Path output = ContractProxy.DIR.resolve("partner-dashboard.json");
        Path errors = ContractProxy.DIR.resolve("partner-dashboard.log");
        ProcessBuilder node = new ProcessBuilder("node", EXAMPLE.toString()).directory(CLIENT.toFile())
                .redirectOutput(output.toFile()).redirectError(errors.toFile());
        node.environment().put("SES_GATEWAY", PlatformIT.GATEWAY);
        node.environment().put("SES_TOKEN_ENDPOINT", Keycloak.TOKEN_ENDPOINT);
        node.environment().put("SES_GOVERNMENT", "KRG");
        Process process = node.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the example did not finish in 2 minutes");
        assertEquals(0, process.exitValue(), "the example failed: " + Files.readString(errors, StandardCharsets.UTF_8));
        JsonNode seen = new ObjectMapper().readTree(output.toFile());

        String partner = Keycloak.partnerPortalToken();
        Response options = given().auth().oauth2(partner).header("Accept-Language", "ar")
                .queryParam("status", "PUBLISHED").queryParam("size", 100)
                .when().get(PlatformIT.GATEWAY + "/api/v1/design-options");
        List<String> titles = options.jsonPath().getList("title");
        assertEquals(Integer.parseInt(options.header("X-Total-Count")), seen.path("totalCount").asInt());
        assertEquals(titles.size(), seen.path("options").asInt());
        assertEquals((titles.size() + 4) / 5, seen.path("pages").asInt(), "five a page, every page followed by its Link");
        assertEquals(titles, new ObjectMapper().convertValue(seen.path("titles"), List.class));
        assertTrue(seen.path("notModified").asBoolean());

        Response summary = given().auth().oauth2(partner).queryParam("government", "KRG")
                .when().get(PlatformIT.GATEWAY + "/api/v1/readiness/summary");
        assertEquals("KRG", seen.path("readiness").path("governmentCode").asText());
        assertEquals(summary.jsonPath().getList("ministries.code"),
                new ObjectMapper().convertValue(seen.path("readiness").path("ministries"), List.class));
    }
}
