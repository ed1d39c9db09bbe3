package modernization.assessment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import modernization.assessment.assessment.Assessments;
import modernization.common.testing.ListQueries;
import modernization.common.testing.TestTokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No list of assessment-service issues a query per item: a page costs the same statements whatever its size. */
@QuarkusTest
class ListQueriesTest {

    @Inject
    SessionFactory sessions;

    @BeforeEach
    void assessmentsWithHistory() {
        for (String ministry : new String[] {"MOE-KRG", "MOE-FED", "MOF-KRG"}) {
            Assessments.validated(ministry, 3);
            Assessments.submitted(ministry, 2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/ministries", "/api/v1/assessments", "/api/v1/assessments?status=VALIDATED",
        "/api/v1/assessments/audit"})
    void aPageCostsTheSameStatementsWhateverItsSize(String list) {
        ListQueries.assertPageCostDoesNotGrowWithSize(TestTokens.undpStaff(), list, 20,
                () -> sessions.getStatistics().getPrepareStatementCount(), () -> sessions.getStatistics().clear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/readiness/summary", "/api/v1/assessments/export.csv"})
    void aWholeReportCostsAFewStatements(String report) {
        long statements = ListQueries.cost(TestTokens.undpStaff(), report,
                () -> sessions.getStatistics().getPrepareStatementCount(), () -> sessions.getStatistics().clear());
        assertTrue(statements <= 4, report + " took " + statements + " statements");
    }
}
