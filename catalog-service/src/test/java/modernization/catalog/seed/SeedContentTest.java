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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The promises about the seed content that the loader cannot check one option at a time. */
class SeedContentTest {

    private static final List<String> DIMENSIONS = List.of("SCOPE", "CAREER_MODEL", "ENTRY_SELECTION", "RANK",
            "TENURE", "PERFORMANCE", "COMPETENCIES", "DEVELOPMENT", "MOBILITY", "PAY", "GOVERNANCE", "DIVERSITY");
    private static final List<String> SEED_FILES = List.of("seed/pillars.json", "seed/dimensions.json",
            "seed/design-options.json", "seed/country-models.json", "seed/glossary.json", "seed/legal-instruments.json");
    /** Figures: numbers (15, 7,080, 60%, 2001) and the fractions the comparative studies use. */
    private static final Pattern FIGURE = Pattern.compile(
            "\\d+(?:[.,]\\d+)*%?|\\b(?:half|quarters?|thirds?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> REQUIRED_TERMS = Set.of("SENIOR_EXECUTIVE_SERVICE", "SENIOR_CIVIL_SERVANT",
            "MERIT", "COMPETENCY", "APPOINTEE", "PERFORMANCE_AGREEMENT", "FIXED_TERM_APPOINTMENT", "OPEN_COMPETITION",
            "SELECTION_BOARD", "CENTRAL_HR_BODY", "SPECIAL_GRADES", "ACTING_APPOINTMENT", "READINESS", "EVIDENCE");
    private static final List<String> COUNTRIES = List.of("US", "GB", "AU", "CA", "NL", "KR", "CL", "NZ");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldSeedAllTwelveDimensionsWithNamesInThreeLanguages() throws IOException {
        JsonNode dimensions = read("seed/dimensions.json");
        List<String> codes = new ArrayList<>();
        dimensions.forEach(d -> {
            codes.add(d.get("code").asText());
            assertTranslated(d.get("name"), d.get("code").asText() + ".name");
        });
        assertEquals(DIMENSIONS, codes);
    }

    @Test
    void everyLocalizedFieldOfEverySeedFileHasEnglishArabicAndCentralKurdish() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : SEED_FILES) {
            localizedTexts(read(file), file, (where, text) -> {
                for (String lang : List.of("en", "ar", "ckb")) {
                    if (!text.hasNonNull(lang) || text.get(lang).asText().isBlank()) {
                        missing.add(where + " lacks " + lang);
                    }
                }
            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyOptionCitesItsSourcesAndEveryFigureInItsTextIsBackedByOne() throws IOException {
        List<String> unbacked = new ArrayList<>();
        for (JsonNode option : read("seed/design-options.json")) {
            String code = option.get("code").asText();
            JsonNode sources = option.path("sources");
            assertTrue(sources.size() >= 1, code + " cites no source");
            sources.forEach(source -> assertCitable(source, code));
            StringBuilder supported = new StringBuilder();
            sources.forEach(source -> supported.append(source.path("supports").asText()).append('\n'));
            for (String figure : figures(option)) {
                if (!contains(supported.toString(), figure)) {
                    unbacked.add(code + ": \"" + figure + "\"");
                }
            }
        }
        assertEquals(List.of(), unbacked, "figures no source's `supports` quotes");
    }

    @Test
    void everyCountryModelFactAndChoiceNamesItsSources() throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode country : read("seed/country-models.json")) {
            String code = country.get("code").asText();
            Set<String> ids = new HashSet<>();
            country.get("sources").forEach(source -> {
                assertCitable(source, code);
                assertTrue(source.hasNonNull("id"), code + ": a source without an id");
                ids.add(source.get("id").asText());
            });
            for (String fact : List.of("established", "size", "centralBody", "traits")) {
                refs(country.path("facts").path(fact).path("sourceRefs"), ids, code + "." + fact, problems);
            }
            if (!country.path("facts").path("size").path("year").isInt()) {
                problems.add(code + ".size has no year");
            }
            for (JsonNode choice : country.get("choices")) {
                refs(choice.path("sourceRefs"), ids, code + " chose " + choice.get("option").asText(), problems);
            }
            if (country.hasNonNull("womenInSeniorPosts")) {
                refs(country.get("womenInSeniorPosts").path("sourceRefs"), ids, code + ".womenInSeniorPosts", problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theGlossaryHasTheProgrammesMainTermsAndTheSeedUsesItsRenderings() throws IOException {
        JsonNode glossary = read("seed/glossary.json");
        assertTrue(glossary.size() >= 40, "only " + glossary.size() + " terms");
        Set<String> codes = new HashSet<>();
        glossary.forEach(term -> {
            assertTrue(codes.add(term.get("code").asText()), "repeated " + term.get("code"));
            term.path("doNotUse").forEach(avoided -> assertTrue(Set.of("en", "ar", "ckb").contains(avoided.path("lang").asText()),
                    term.get("code") + ": doNotUse in an unknown language"));
        });
        assertTrue(codes.containsAll(REQUIRED_TERMS), "missing terms: " + REQUIRED_TERMS.stream()
                .filter(t -> !codes.contains(t)).toList());
        List<String> wrong = new ArrayList<>();
        JsonNode checks = read("term-checks.json");
        for (String file : SEED_FILES) {
            localizedTexts(read(file), file, (where, text) -> checks.forEach(check -> {
                String lang = check.get("lang").asText();
                check.get("wrong").forEach(rendering -> {
                    if (text.path(lang).asText().contains(rendering.asText())) {
                        wrong.add(where + " (" + lang + ") uses \"" + rendering.asText() + "\" for "
                                + check.get("code").asText());
                    }
                });
            }));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theLegalInstrumentsOfBothGovernmentsAreSeededWithTheirSources() throws IOException {
        Map<String, String> jurisdictionOf = new HashMap<>();
        Set<String> federalLaws = new HashSet<>();
        for (JsonNode instrument : read("seed/legal-instruments.json")) {
            String code = instrument.get("code").asText();
            jurisdictionOf.put(code, instrument.get("jurisdiction").asText());
            assertTrue(instrument.get("sources").size() >= 1, code + " has no source");
            instrument.get("sources").forEach(source -> assertCitable(source, code));
            if (instrument.get("jurisdiction").asText().equals("FEDERAL_IRAQ")) {
                federalLaws.add(instrument.get("kind").asText() + " " + instrument.path("number").asText("")
                        + "/" + instrument.get("year").asInt());
            }
        }
        assertTrue(federalLaws.containsAll(Set.of("CONSTITUTION /2005", "LAW 24/1960", "LAW 4/2009", "LAW 22/2008",
                "LAW 14/1991")), "federal instruments: " + federalLaws);
        assertTrue(jurisdictionOf.containsValue("KRG"), "no instrument of the KRG");
    }

    @Test
    void everyOptionSaysWhatItTakesInEachGovernmentsLawAndItsSourcedRisks() throws IOException {
        Map<String, String> jurisdictionOf = new HashMap<>();
        read("seed/legal-instruments.json").forEach(i -> jurisdictionOf.put(i.get("code").asText(),
                i.get("jurisdiction").asText()));
        for (JsonNode option : read("seed/design-options.json")) {
            String code = option.get("code").asText();
            Set<String> governments = new HashSet<>();
            for (JsonNode basis : option.path("legalBasis")) {
                String instrument = basis.get("instrumentCode").asText();
                assertTrue(jurisdictionOf.containsKey(instrument), code + " names an unknown instrument " + instrument);
                governments.add(basis.get("government").asText());
            }
            assertEquals(Set.of("FEDERAL_IRAQ", "KRG"), governments, code + ": legal basis per government");
            assertTrue(option.path("risks").size() >= 1, code + " names no risk");
            for (JsonNode risk : option.get("risks")) {
                assertTrue(risk.path("sources").size() >= 1, code + ": a risk without a source");
                risk.get("sources").forEach(source -> assertCitable(source, code + " risk"));
            }
        }
    }

    @Test
    void shouldSeedAtLeastThirtyCompleteOptionsTwoToFivePerDimension() throws IOException {
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
            assertTrue(count >= 2 && count <= 5, dimension + " has " + count + " options");
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
        // a country model records its one choice per dimension; an option lists every country known to use it
        assertEquals(Set.of(), chosen.stream().filter(c -> !listed.contains(c)).collect(java.util.stream.Collectors.toSet()),
                "countries' choices the chosen options do not list");
    }

    /** A title and whether it was verified: a verified source has a URL or DOI and names the copy it was checked against. */
    private static void assertCitable(JsonNode source, String where) {
        String title = source.path("title").asText();
        assertTrue(!title.isBlank(), where + ": a source without a title");
        assertTrue(source.path("verified").isBoolean(), where + ": " + title + " does not say whether it was verified");
        if (source.get("verified").asBoolean()) {
            assertTrue(source.hasNonNull("url") || source.hasNonNull("doi"), where + ": " + title + " has no url or doi");
            assertTrue(source.hasNonNull("checkedAt"), where + ": " + title + " does not say where it was checked");
        } else {
            assertTrue(source.hasNonNull("note"), where + ": " + title + " is unverified without a note saying why");
        }
    }

    private static void refs(JsonNode refs, Set<String> ids, String where, List<String> problems) {
        if (refs.size() == 0) {
            problems.add(where + " names no source");
        }
        refs.forEach(ref -> {
            if (!ids.contains(ref.asText())) {
                problems.add(where + " names an unknown source " + ref.asText());
            }
        });
    }

    /** The figures in an option's English text (title, summary, description, pros, cons). */
    private static Set<String> figures(JsonNode option) {
        StringBuilder text = new StringBuilder();
        for (String field : List.of("title", "summary", "description")) {
            text.append(option.path(field).path("en").asText()).append('\n');
        }
        for (String list : List.of("pros", "cons")) {
            option.path(list).forEach(item -> text.append(item.path("en").asText()).append('\n'));
        }
        Set<String> found = new java.util.LinkedHashSet<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("[.,]$", ""));
        }
        return found;
    }

    private static boolean contains(String text, String figure) {
        return Pattern.compile("(?<![\\d.,])" + Pattern.quote(figure) + "(?![\\d]|[.,]\\d)", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }

    /** Calls back with every {"en": ...} object under the node, named by its path. */
    private static void localizedTexts(JsonNode node, String where, java.util.function.BiConsumer<String, JsonNode> each) {
        if (node.isObject()) {
            if (node.has("en") && node.get("en").isTextual()) {
                each.accept(where, node);
                return;
            }
            node.fields().forEachRemaining(field -> localizedTexts(field.getValue(), where + "." + field.getKey(), each));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                localizedTexts(item, where + "[" + (item.hasNonNull("code") ? item.get("code").asText() : i) + "]", each);
            }
        }
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
