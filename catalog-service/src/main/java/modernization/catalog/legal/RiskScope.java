package modernization.catalog.legal;

/** The government a risk concerns, or both. */
public enum RiskScope {
    FEDERAL_IRAQ,
    KRG,
    BOTH
}
