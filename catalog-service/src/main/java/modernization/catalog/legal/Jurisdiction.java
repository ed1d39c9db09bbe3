package modernization.catalog.legal;

/** The two governments whose law the programme works within. */
public enum Jurisdiction {
    FEDERAL_IRAQ,
    KRG
}
