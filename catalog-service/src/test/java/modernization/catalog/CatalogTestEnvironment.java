package modernization.catalog;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import modernization.common.testing.PostgresTestDatabase;
import modernization.common.testing.TrustTestTokens;

/** Every test of this service runs against its own database, {@code catalog_test}, and trusts test tokens. */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "catalog_test"))
@WithTestResource(value = TrustTestTokens.class, scope = TestResourceScope.GLOBAL)
public final class CatalogTestEnvironment {

    private CatalogTestEnvironment() {
    }
}
