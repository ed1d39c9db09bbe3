package modernization.assessment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import modernization.assessment.assessment.Assessment;
import modernization.assessment.assessment.AssessmentExportResource;
import modernization.assessment.assessment.Assessments;
import modernization.common.testing.ListQueries;
import modernization.common.testing.TestTokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    @Test
    void theReadinessSummaryCostsAFewStatements() {
        long statements = ListQueries.cost(TestTokens.undpStaff(), "/api/v1/readiness/summary",
                () -> sessions.getStatistics().getPrepareStatementCount(), () -> sessions.getStatistics().clear());
        assertTrue(statements <= 4, "the summary took " + statements + " statements");
    }

    @Test
    void theExportCostsTwoStatementsPerChunkNotPerAssessment() {
        for (int i = 0; i < AssessmentExportResource.CHUNK; i++) {
            Assessments.submitted("MOF-FED", 2);
        }
        long assessments = QuarkusTransaction.requiringNew().call(() -> Assessment.count());
        long chunks = (assessments + AssessmentExportResource.CHUNK - 1) / AssessmentExportResource.CHUNK;
        assertTrue(chunks >= 2, "the export should span several chunks here, but " + assessments + " assessments fit one");
        long statements = ListQueries.cost(TestTokens.undpStaff(), "/api/v1/assessments/export.csv",
                () -> sessions.getStatistics().getPrepareStatementCount(), () -> sessions.getStatistics().clear());
        // the frameworks once; each chunk its assessments and their ministries, and one last chunk that finds none
        assertTrue(statements <= 2 + 2 * chunks, "the export of " + assessments + " assessments (" + chunks
                + " chunks) took " + statements + " statements");
    }
}
