package modernization.assessment.ministry;

/** The two governments the programme serves. */
public enum Government {
    FEDERAL_IRAQ,
    KRG
}
