package modernization.catalog.seed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** Which build's seed was last loaded, by its fingerprint, and when: the table's one row. */
@Entity
@Table(name = "seed_load")
public class SeedLoad extends PanacheEntityBase {

    private static final short THE_ROW = 1;

    @Id
    public short id = THE_ROW;

    @Column(nullable = false)
    public String fingerprint;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    protected SeedLoad() {
    }

    /** The last load, if it was of the build with this fingerprint. */
    static Optional<SeedLoad> of(String fingerprint) {
        return SeedLoad.<SeedLoad>findByIdOptional(THE_ROW).filter(load -> load.fingerprint.equals(fingerprint));
    }

    /** Records that this build's seed is loaded. */
    static void record(String fingerprint, Instant now) {
        SeedLoad load = SeedLoad.<SeedLoad>findByIdOptional(THE_ROW).orElseGet(SeedLoad::new);
        load.fingerprint = fingerprint;
        load.loadedAt = now;
        load.persist();
    }
}
