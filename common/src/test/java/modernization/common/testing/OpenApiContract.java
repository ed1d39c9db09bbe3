package modernization.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Checks a service's own OpenAPI document: every operation documented well enough to call from Swagger UI. */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /**
     * Every operation has a unique operationId, a summary, a success response and a documented
     * 401, every error response is problem+json, and every request body has an example.
     */
    public static void assertEveryOperationIsDocumented(int atLeastOperations) {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                Object id = operation.get("operationId");
                if (id == null || !ids.add(id.toString())) {
                    problems.add(where + ": missing or repeated operationId");
                }
                if (operation.get("summary") == null) {
                    problems.add(where + ": no summary");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                if (responses == null || !responses.containsKey("401")) {
                    problems.add(where + ": does not document 401");
                }
                if (responses != null && responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    problems.add(where + ": documents no success");
                }
                if (responses != null) {
                    for (var response : responses.entrySet()) {
                        boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                        Object content = ((Map<?, ?>) response.getValue()).get("content");
                        if (error && (!(content instanceof Map<?, ?> media) || !media.containsKey("application/problem+json"))) {
                            problems.add(where + ": " + response.getKey() + " is not documented as problem+json");
                        }
                    }
                }
                if (operation.containsKey("requestBody")) {
                    Map<String, Object> examples = doc.getMap("paths.'" + path.getKey() + "'." + op.getKey()
                            + ".requestBody.content.'application/json'.examples");
                    if (examples == null || examples.isEmpty()) {
                        problems.add(where + ": request body has no example");
                    }
                }
            }
        }
        eachObject(doc.getMap("$"), "#", (schema, where) -> {
            arraysWithoutItems(schema, where, problems);
            nullsForbiddenBesideAllowed(schema, where, problems);
        });
        assertTrue(operations >= atLeastOperations, "expected " + atLeastOperations + " operations, found " + operations);
        assertEquals(List.of(), problems);
    }

    /**
     * A schema whose {@code anyOf} or {@code oneOf} allows null but whose own {@code type} does not
     * forbids the null it means to allow: validators refuse it, generated clients never expect it.
     */
    private static void nullsForbiddenBesideAllowed(Map<?, ?> map, String where, List<String> problems) {
        for (String combinator : List.of("anyOf", "oneOf")) {
            Object type = map.get("type");
            boolean typeAllowsNull = type == null || "null".equals(type) || (type instanceof List<?> types && types.contains("null"));
            if (map.get(combinator) instanceof List<?> alternatives && !typeAllowsNull
                    && alternatives.stream().anyMatch(a -> a instanceof Map<?, ?> alt && "null".equals(alt.get("type")))) {
                problems.add(where + ": " + combinator + " allows null but type " + type + " does not");
            }
        }
    }

    /** A schema of type array without {@code items} tells a client generator nothing about its elements. */
    private static void arraysWithoutItems(Map<?, ?> map, String where, List<String> problems) {
        Object type = map.get("type");
        boolean array = "array".equals(type) || (type instanceof List<?> types && types.contains("array"));
        if (array && !map.containsKey("items")) {
            problems.add(where + ": array schema without items");
        }
    }

    /** Visits every object of the document, depth first, with its JSON Pointer-like location. */
    private static void eachObject(Object node, String where, BiConsumer<Map<?, ?>, String> visit) {
        if (node instanceof Map<?, ?> map) {
            visit.accept(map, where);
            map.forEach((key, value) -> eachObject(value, where + "/" + key, visit));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                eachObject(list.get(i), where + "/" + i, visit);
            }
        }
    }
}
