package modernization.common.persistence;

/**
 * Fired once the database schema is migrated; observers load seed content. An observer that
 * throws makes the migrator try again later, so observers must be idempotent.
 */
public record SchemaReady() {
}
