package modernization.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import modernization.common.testing.ListQueries;
import modernization.common.testing.TestTokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No list of the catalog issues a query per item: a page costs the same statements whatever its size. */
@QuarkusTest
class ListQueriesTest {

    @Inject
    SessionFactory sessions;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/pillars", "/api/v1/design-options", "/api/v1/design-options?q=merit",
        "/api/v1/design-options?lang=ar&sort=title", "/api/v1/country-models"})
    void aPageCostsTheSameStatementsWhateverItsSize(String list) {
        ListQueries.assertPageCostDoesNotGrowWithSize(TestTokens.advisor(), list, 20,
                () -> sessions.getStatistics().getPrepareStatementCount(), () -> sessions.getStatistics().clear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/dimensions", "/api/v1/country-models/compare?codes=CA,GB,NZ,KR"})
    void aWholeListWithItsChildrenCostsAFewStatements(String list) {
        long statements = ListQueries.cost(TestTokens.advisor(), list, () -> sessions.getStatistics().getPrepareStatementCount(),
                () -> sessions.getStatistics().clear());
        assertTrue(statements <= 4, list + " took " + statements + " statements");
    }
}
