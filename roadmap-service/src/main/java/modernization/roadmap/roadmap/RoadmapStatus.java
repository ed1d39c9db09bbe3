package modernization.roadmap.roadmap;

/** The lifecycle of a roadmap: drafted by advisers, published to all readers, archived when replaced. */
public enum RoadmapStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
