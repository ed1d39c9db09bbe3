package modernization.catalog.legal;

/** What kind of legal instrument it is, from the constitution down to a Council of Ministers decision. */
public enum InstrumentKind {
    CONSTITUTION,
    LAW,
    REGULATION,
    DECISION
}
