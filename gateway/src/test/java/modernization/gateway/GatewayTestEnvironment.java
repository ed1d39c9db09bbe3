package modernization.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import modernization.common.testing.TrustTestTokens;

/** The gateway's tests run against stub services and trust test tokens. */
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TrustTestTokens.class, scope = TestResourceScope.GLOBAL)
public final class GatewayTestEnvironment {

    private GatewayTestEnvironment() {
    }
}
