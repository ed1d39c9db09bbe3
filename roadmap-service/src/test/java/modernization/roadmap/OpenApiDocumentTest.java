package modernization.roadmap;

import io.quarkus.test.junit.QuarkusTest;
import modernization.common.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** Every operation of the roadmap service is documented well enough to call it from Swagger UI. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationHasAStableIdASummaryItsResponsesAndExampleBodies() {
        OpenApiContract.assertEveryOperationIsDocumented(11);
    }
}
