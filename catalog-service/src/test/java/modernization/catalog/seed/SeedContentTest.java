package modernization.catalog.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The promises about the seed content that the loader cannot check one option at a time. */
class SeedContentTest {

    private static final List<String> DIMENSIONS = List.of("SCOPE", "CAREER_MODEL", "ENTRY_SELECTION", "RANK",
            "TENURE", "PERFORMANCE", "COMPETENCIES", "DEVELOPMENT", "MOBILITY", "PAY", "GOVERNANCE");
    private static final List<String> COUNTRIES = List.of("US", "GB", "AU", "CA", "NL", "KR", "CL", "NZ");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldSeedAllElevenDimensionsWithNamesInThreeLanguages() throws IOException {
        JsonNode dimensions = read("seed/dimensions.json");
        List<String> codes = new ArrayList<>();
        dimensions.forEach(d -> {
            codes.add(d.get("code").asText());
            assertTranslated(d.get("name"), d.get("code").asText() + ".name");
        });
        assertEquals(DIMENSIONS, codes);
    }

    @Test
    void shouldSeedAtLeastThirtyCompleteOptionsTwoToFourPerDimension() throws IOException {
        JsonNode options = read("seed/design-options.json");
        assertTrue(options.size() >= 30, "only " + options.size() + " options");
        Map<String, Integer> perDimension = new HashMap<>();
        for (JsonNode option : options) {
            String code = option.get("code").asText();
            perDimension.merge(option.get("dimension").asText(), 1, Integer::sum);
            assertTranslated(option.get("title"), code + ".title");
            assertTranslated(option.get("summary"), code + ".summary");
            assertTrue(option.get("pros").size() >= 2, code + " needs 2 pros");
            assertTrue(option.get("cons").size() >= 2, code + " needs 2 cons");
            assertTrue(option.get("prerequisites").size() >= 1, code + " needs a prerequisite");
            assertTrue(option.get("implementationSteps").size() >= 2, code + " needs 2 steps");
        }
        for (String dimension : DIMENSIONS) {
            int count = perDimension.getOrDefault(dimension, 0);
            assertTrue(count >= 2 && count <= 4, dimension + " has " + count + " options");
        }
    }

    @Test
    void everySeededStepHasAKindAndEveryLawIsFoundationWork() throws IOException {
        Set<String> kinds = Set.of("LEGISLATION", "REGULATION", "INSTITUTION", "SYSTEM", "TRAINING", "ROLLOUT", "REVIEW");
        int laws = 0;
        for (JsonNode option : read("seed/design-options.json")) {
            for (JsonNode step : option.get("implementationSteps")) {
                String where = option.get("code").asText() + "." + step.get("code").asText();
                assertTrue(step.hasNonNull("kind") && kinds.contains(step.get("kind").asText()), where + " has no known kind");
                if (step.get("kind").asText().equals("LEGISLATION")) {
                    laws++;
                    assertEquals("FOUNDATION", step.get("phase").asText(), where);
                }
            }
        }
        assertTrue(laws >= 5, "only " + laws + " law steps");
    }

    @Test
    void shouldSeedTheEightCountryModelsConsistentWithTheOptionsTheyChose() throws IOException {
        JsonNode options = read("seed/design-options.json");
        Map<String, String> dimensionOf = new HashMap<>();
        Set<String> listed = new HashSet<>();
        options.forEach(o -> {
            dimensionOf.put(o.get("code").asText(), o.get("dimension").asText());
            o.get("countries").forEach(c -> listed.add(c.asText() + "/" + o.get("code").asText()));
        });
        JsonNode countries = read("seed/country-models.json");
        Set<String> chosen = new HashSet<>();
        List<String> codes = new ArrayList<>();
        for (JsonNode country : countries) {
            String code = country.get("code").asText();
            codes.add(code);
            assertTranslated(country.get("name"), code + ".name");
            assertTrue(country.get("sources").size() >= 1, code + " needs sources");
            Set<String> dimensions = new HashSet<>();
            for (JsonNode choice : country.get("choices")) {
                String option = choice.get("option").asText();
                assertEquals(choice.get("dimension").asText(), dimensionOf.get(option), code + " chose " + option);
                assertTrue(dimensions.add(choice.get("dimension").asText()), code + " chose twice on a dimension");
                chosen.add(code + "/" + option);
            }
        }
        assertEquals(new HashSet<>(COUNTRIES), new HashSet<>(codes));
        assertEquals(listed, chosen, "options' countries and countries' choices must agree");
    }

    private static void assertTranslated(JsonNode text, String where) {
        for (String lang : List.of("en", "ar", "ckb")) {
            assertTrue(text.hasNonNull(lang) && !text.get(lang).asText().isBlank(), where + " lacks " + lang);
        }
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return mapper.readTree(in);
        }
    }
}
