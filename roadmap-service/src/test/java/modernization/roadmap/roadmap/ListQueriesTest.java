package modernization.roadmap.roadmap;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import modernization.common.testing.ListQueries;
import modernization.common.testing.TestTokens;
import modernization.roadmap.DownstreamStubs;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No list of roadmap-service issues a query per item: a page costs the same statements whatever its size. */
@QuarkusTest
class ListQueriesTest {

    @Inject
    SessionFactory sessions;

    @BeforeEach
    void severalRoadmaps() {
        for (int i = 0; i < 3; i++) {
            RoadmapGenerationTest.generate(RoadmapGenerationTest.request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/roadmaps", "/api/v1/roadmaps?status=DRAFT", "/api/v1/roadmaps/audit"})
    void aPageCostsTheSameStatementsWhateverItsSize(String list) {
        ListQueries.assertPageCostDoesNotGrowWithSize(TestTokens.undpStaff(), list, 20,
                () -> sessions.getStatistics().getPrepareStatementCount(), () -> sessions.getStatistics().clear());
    }
}
