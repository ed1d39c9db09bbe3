package modernization.roadmap.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A phased implementation roadmap for one government. */
@Entity
@Table(name = "roadmap")
public class Roadmap extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Government government;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoadmapStatus status;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Roadmap() {
    }

    public Roadmap(String title, Government government, LocalDate startDate, String createdBy) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.government = government;
        this.startDate = startDate;
        this.createdBy = createdBy;
        this.status = RoadmapStatus.DRAFT;
    }

    /** Whether a reader who may see published roadmaps only may see this one. */
    public boolean isPublic() {
        return status == RoadmapStatus.PUBLISHED;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
