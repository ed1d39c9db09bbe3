package modernization.catalog.seed;

import modernization.common.i18n.LocalizedText;

/** A dimension as written in {@code seed/dimensions.json}. */
record DimensionSeed(String code, int order, LocalizedText name, LocalizedText description) {
}
