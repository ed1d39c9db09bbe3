package modernization.catalog.option;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import modernization.common.problem.ApiException;
import modernization.common.problem.Problem;

/**
 * A design option across its versions. Its rules: a new option starts as a draft; a draft is
 * edited in place; editing a published version starts the next version as a draft; only a draft
 * is published, only a published option is retired, and a retired option is not edited again.
 */
@Entity
@Table(name = "design_option")
public class DesignOption extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    /** The version readers see; null before the first publication and after retirement. */
    @Column(name = "published_version")
    public Integer publishedVersion;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    protected DesignOption() {
    }

    /** A new option whose first version is a draft with this content; persists both. */
    public static DesignOptionVersion create(DesignOptionRequest content, String user, Instant now) {
        DesignOption option = new DesignOption();
        option.id = UUID.randomUUID();
        option.code = content.code();
        option.latestVersion = 1;
        option.createdBy = user;
        option.createdAt = now;
        option.persist();
        DesignOptionVersion first = new DesignOptionVersion(option, 1, content, user, now);
        first.persist();
        return first;
    }

    public static Optional<DesignOption> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public DesignOptionVersion latest() {
        return version(latestVersion).orElseThrow();
    }

    public Optional<DesignOptionVersion> version(int number) {
        return DesignOptionVersion.find("option = ?1 and number = ?2", this, number).firstResultOptional();
    }

    /** Applies an edit and returns the version that now holds it (the same draft, or a new one). */
    public DesignOptionVersion edit(DesignOptionRequest content, String user, Instant now) {
        if (!code.equals(content.code())) {
            throw ApiException.unprocessable("The code of an option cannot change.",
                    List.of(new Problem.FieldError("code", "must stay " + code)));
        }
        DesignOptionVersion latest = latest();
        return switch (latest.status) {
            case DRAFT -> {
                latest.replaceContent(content, user, now);
                yield latest;
            }
            case PUBLISHED -> {
                latestVersion = latest.number + 1;
                DesignOptionVersion next = new DesignOptionVersion(this, latestVersion, content, user, now);
                next.persist();
                yield next;
            }
            case RETIRED -> throw ApiException.conflict("Option " + code + " is retired and can no longer be edited.");
        };
    }

    /** Publishes the draft; it replaces the previously published version for readers. */
    public DesignOptionVersion publish(String user, Instant now) {
        DesignOptionVersion latest = latest();
        if (latest.status != OptionStatus.DRAFT) {
            throw ApiException.conflict("Option " + code + " has no draft to publish (its latest version "
                    + latest.number + " is " + latest.status + ").");
        }
        List<Problem.FieldError> missing = new ArrayList<>();
        if (latest.pros.isEmpty()) {
            missing.add(new Problem.FieldError("pros", "a published option needs at least one pro", Problem.FieldError.REQUIRED));
        }
        if (latest.cons.isEmpty()) {
            missing.add(new Problem.FieldError("cons", "a published option needs at least one con", Problem.FieldError.REQUIRED));
        }
        if (latest.implementationSteps.isEmpty()) {
            missing.add(new Problem.FieldError("implementationSteps", "a published option needs at least one step", Problem.FieldError.REQUIRED));
        }
        if (latest.pillars.length == 0) {
            missing.add(new Problem.FieldError("pillars", "a published option serves at least one pillar", Problem.FieldError.REQUIRED));
        }
        if (!missing.isEmpty()) {
            throw ApiException.unprocessable("The draft is not complete enough to publish.", missing);
        }
        latest.publish(user, now);
        publishedVersion = latest.number;
        return latest;
    }

    /** Withdraws the published option from readers; its history stays. */
    public DesignOptionVersion retire(String user, Instant now) {
        DesignOptionVersion latest = latest();
        if (latest.status != OptionStatus.PUBLISHED) {
            throw ApiException.conflict("Only a published option can be retired; the latest version of " + code
                    + " is " + latest.status + ".");
        }
        latest.retire(user, now);
        publishedVersion = null;
        return latest;
    }
}
