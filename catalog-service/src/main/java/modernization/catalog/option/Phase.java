package modernization.catalog.option;

/** The roadmap phase an implementation step belongs to. */
public enum Phase {
    FOUNDATION,
    PILOT,
    SCALE_UP,
    INSTITUTIONALIZE
}
