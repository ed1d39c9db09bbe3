package modernization.catalog.legal;

/** What adopting a design option takes in a government's law. */
public enum LegalAction {
    /** a law that does not exist yet */
    NEW_LAW,
    /** an amendment of an existing law */
    AMENDMENT,
    /** a regulation (instructions, by-law) under an existing law */
    REGULATION,
    /** a decision of the Council of Ministers */
    CABINET_DECISION
}
