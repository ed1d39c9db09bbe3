package modernization.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * What changed between two versions of the contract, as openapi-diff (OpenAPITools) sees it, and
 * what CHANGELOG.md must say about it: any change needs an entry; a change openapi-diff calls
 * incompatible needs one marked {@code **Breaking:**}.
 */
final class ContractChange {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChangedOpenApi diff;
    private final boolean equal;

    private ContractChange(ChangedOpenApi diff, boolean equal) {
        this.diff = diff;
        this.equal = equal;
    }

    static ContractChange between(String before, String after) {
        try {
            return new ContractChange(OpenApiCompare.fromContents(before, after), JSON.readTree(before).equals(JSON.readTree(after)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a version of the contract is not JSON", e);
        }
    }

    /**
     * Whether the documents differ at all. openapi-diff compares what OpenAPI 3.0 has, so it misses
     * some 3.1 changes (a type list gaining or losing {@code "null"}); any difference counts.
     */
    boolean changed() {
        return !equal;
    }

    boolean breaking() {
        return diff.isIncompatible();
    }

    /** One line per endpoint: {@code + GET /path} added, {@code - GET /path} removed, {@code ~ GET /path} changed. */
    List<String> endpoints() {
        List<String> lines = new ArrayList<>();
        diff.getNewEndpoints().forEach(e -> lines.add("+ " + name(e)));
        diff.getMissingEndpoints().forEach(e -> lines.add("- " + name(e)));
        for (ChangedOperation operation : diff.getChangedOperations()) {
            lines.add("~ " + operation.getHttpMethod() + " " + operation.getPathUrl()
                    + (operation.isIncompatible() ? " (incompatible)" : ""));
        }
        if (lines.isEmpty() && changed()) {
            lines.add("~ the document, where openapi-diff does not look (e.g. a 3.1 type list, a tag, the info)");
        }
        return lines;
    }

    /**
     * What is missing from the CHANGELOG.md lines added beside this change ({@code where} names the
     * commit or the working tree), or nothing.
     */
    List<String> changelogViolations(String addedChangelogLines, String where) {
        if (!changed()) {
            return List.of();
        }
        String endpoints = String.join("\n    ", endpoints());
        if (addedChangelogLines.isBlank()) {
            return List.of(where + " changes the contract without a CHANGELOG.md entry:\n    " + endpoints);
        }
        if (breaking() && !addedChangelogLines.contains("**Breaking:**")) {
            return List.of(where + " makes an incompatible change of the contract, yet its CHANGELOG.md entry has no "
                    + "**Breaking:** line:\n    " + endpoints);
        }
        return List.of();
    }

    private static String name(Endpoint endpoint) {
        return endpoint.getMethod() + " " + endpoint.getPathUrl();
    }
}
