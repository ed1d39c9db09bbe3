package modernization.assessment.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** What the seed framework promises: the version ministries answer is whole in three languages, earlier ones never change. */
class FrameworkSeedContentTest {

    /** Digests of versions 1 and 2 as assessments use them: a seed edit that changes either fails here. */
    private static final String VERSION_1 = "50e1a249ec5a2aef2a3c292b50e2d6b11ca1857abcf3e6c80838ccbe547552fd";
    private static final String VERSION_2 = "5a1f2e91cfd653596216672c10da896b144de511ed7312e68cfc55b5307f9766";

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyQuestionAndLevelDescriptorOfTheLatestVersionIsInEnglishArabicAndCentralKurdish() throws IOException {
        JsonNode framework = read().get(0);
        JsonNode latest = latest(framework);
        assertEquals(3, latest.get("version").asInt());
        List<String> missing = new ArrayList<>();
        check(framework.get("name"), "name", missing);
        check(framework.get("description"), "description", missing);
        for (JsonNode area : latest.get("areas")) {
            check(area.get("name"), area.get("code").asText(), missing);
            for (JsonNode criterion : area.get("criteria")) {
                String code = criterion.get("code").asText();
                check(criterion.get("name"), code + ".name", missing);
                check(criterion.get("question"), code + ".question", missing);
                if (criterion.hasNonNull("evidenceGuidance")) {
                    check(criterion.get("evidenceGuidance"), code + ".evidenceGuidance", missing);
                }
                criterion.get("levels").forEach(level -> check(level.get("descriptor"),
                        code + ".levels[" + level.get("level").asInt() + "]", missing));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theLatestVersionKeepsVersionTwosCriteriaAndAddsGenderDisaggregatedHrData() throws IOException {
        JsonNode framework = read().get(0);
        List<String> v2 = criteria(framework.get("versions").get(1));
        List<String> v3 = criteria(latest(framework));
        List<String> expected = new ArrayList<>(v2);
        expected.add(expected.indexOf("HRIS.WORKFORCE_ANALYTICS") + 1, "HRIS.GENDER_DISAGGREGATED_DATA");
        assertEquals(expected, v3);
        JsonNode added = StreamSupport.stream(latest(framework).get("areas").spliterator(), false)
                .flatMap(a -> StreamSupport.stream(a.get("criteria").spliterator(), false))
                .filter(c -> c.get("code").asText().equals("HRIS.GENDER_DISAGGREGATED_DATA")).findFirst().orElseThrow();
        assertEquals("MINISTRY", added.get("scope").asText());
        assertEquals(6, added.get("levels").size());
    }

    @Test
    void versionsOneAndTwoWhichAssessmentsUseAreExactlyAsTheyWere() throws IOException {
        JsonNode versions = read().get(0).get("versions");
        assertEquals(VERSION_1, digest(versions.get(0)), "version 1 changed");
        assertEquals(VERSION_2, digest(versions.get(1)), "version 2 changed");
    }

    private static JsonNode latest(JsonNode framework) {
        JsonNode versions = framework.get("versions");
        return versions.get(versions.size() - 1);
    }

    private static List<String> criteria(JsonNode version) {
        List<String> codes = new ArrayList<>();
        version.get("areas").forEach(a -> a.get("criteria").forEach(c -> codes.add(c.get("code").asText())));
        return codes;
    }

    private static void check(JsonNode text, String where, List<String> missing) {
        for (String lang : List.of("en", "ar", "ckb")) {
            if (text == null || !text.hasNonNull(lang) || text.get(lang).asText().isBlank()) {
                missing.add(where + " lacks " + lang);
            }
        }
    }

    /** SHA-256 of the node written with sorted keys: independent of the file's layout. */
    static String digest(JsonNode node) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(node).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            new TreeSet<String>(iterable(node)).forEach(k -> out.append(k).append(':').append(canonical(node.get(k))).append(','));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            node.forEach(item -> out.append(canonical(item)).append(','));
            return out.append(']').toString();
        }
        return node.isTextual() ? '"' + node.asText() + '"' : node.asText();
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode read() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/frameworks.json")) {
            return mapper.readTree(in);
        }
    }
}
