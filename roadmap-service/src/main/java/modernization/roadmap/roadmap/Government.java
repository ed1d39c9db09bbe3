package modernization.roadmap.roadmap;

/** The government a roadmap is for. */
public enum Government {
    FEDERAL_IRAQ,
    KRG
}
