package modernization.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/** The committed snapshot of the contract, {@code docs/openapi.json}, and how it is written. */
final class Snapshot {

    static final Path PLATFORM = Path.of(System.getProperty("platform.dir", ".."));
    static final Path FILE = PLATFORM.resolve("docs/openapi.json");
    static final String RELATIVE = "docs/openapi.json";

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""));

    private Snapshot() {
    }

    /** Two-space indent, the document's own key order, one final newline: diffs stay readable. */
    static String format(JsonNode document) throws JsonProcessingException {
        return new ObjectMapper().writer(PRINTER).writeValueAsString(document) + "\n";
    }
}
