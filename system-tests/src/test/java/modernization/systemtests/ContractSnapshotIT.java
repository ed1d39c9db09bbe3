package modernization.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The merged OpenAPI document the gateway serves is exactly the snapshot committed as
 * {@code docs/openapi.json}: a change of the contract shows in review as a change of that file,
 * and {@link ContractChangelogTest} holds it to a CHANGELOG.md entry. After an intended change, run
 * the system tests with {@code -Dcontract.snapshot.update} (or copy the served document this test
 * leaves in {@code target/contract/}) and add the entry.
 */
class ContractSnapshotIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws Exception {
        Path snapshot = Snapshot.FILE;
        JsonNode served = JSON.readTree(MergedDocument.get());
        String servedText = Snapshot.format(served);
        if (Boolean.parseBoolean(System.getProperty("contract.snapshot.update", "false"))) {
            Files.writeString(snapshot, servedText, StandardCharsets.UTF_8);
            System.out.println("contract.snapshot.update: wrote the served document to " + snapshot);
        }
        Path copy = ContractProxy.DIR.resolve("openapi-served.json");
        Files.writeString(copy, servedText, StandardCharsets.UTF_8);
        if (!Files.exists(snapshot)) {
            fail("there is no contract snapshot at " + snapshot + "; the served document is in " + copy);
        }
        String committed = Files.readString(snapshot, StandardCharsets.UTF_8);
        if (!JSON.readTree(committed).equals(served)) {
            ContractChange change = ContractChange.between(committed, servedText);
            fail("the served contract differs from docs/openapi.json:\n    " + String.join("\n    ", change.endpoints())
                    + "\nIf that is intended, copy " + copy + " to docs/openapi.json (or run the system tests with "
                    + "-Dcontract.snapshot.update) and record the change in CHANGELOG.md"
                    + (change.breaking() ? " as **Breaking:**" : ""));
        }
        assertEquals(committed, servedText, "docs/openapi.json holds the served document, but not as "
                + "Snapshot.format writes it (2-space indent, one final newline): copy " + copy);
    }
}
