package modernization.roadmap.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import modernization.common.i18n.LocalizedText;
import modernization.common.problem.ApiException;
import modernization.roadmap.generation.PlannedActivity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Sources sources = Sources.empty();

    @Column(name = "duration_days", nullable = false)
    public int durationDays;

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<Activity> activities = new ArrayList<>();

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

    /** Adds the planned activities in order; the roadmap owns them from now on. */
    public void plan(List<PlannedActivity> planned, Sources snapshot, int scheduleDays) {
        for (PlannedActivity p : planned) {
            activities.add(new Activity(this, activities.size(), p));
        }
        sources = snapshot;
        durationDays = scheduleDays;
    }

    public void publish() {
        if (status != RoadmapStatus.DRAFT) {
            throw ApiException.conflict(new LocalizedText("Only a DRAFT roadmap is published; this one is %s.",
                    "لا تُنشر إلا خارطة طريق في حالة DRAFT؛ وهذه في حالة %s.",
                    "تەنها نەخشەڕێگایەک کە لە دۆخی DRAFT دایە بڵاو دەکرێتەوە؛ ئەمەیان لە دۆخی %s دایە.").format(status));
        }
        status = RoadmapStatus.PUBLISHED;
    }

    public void archive() {
        if (status != RoadmapStatus.PUBLISHED) {
            throw ApiException.conflict(new LocalizedText("Only a PUBLISHED roadmap is archived; this one is %s.",
                    "لا تُؤرشف إلا خارطة طريق في حالة PUBLISHED؛ وهذه في حالة %s.",
                    "تەنها نەخشەڕێگایەک کە لە دۆخی PUBLISHED دایە ئەرشیف دەکرێت؛ ئەمەیان لە دۆخی %s دایە.").format(status));
        }
        status = RoadmapStatus.ARCHIVED;
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
