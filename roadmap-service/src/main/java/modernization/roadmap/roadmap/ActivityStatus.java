package modernization.roadmap.roadmap;

/** Where an activity stands, as reported by its owner. */
public enum ActivityStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    BLOCKED
}
