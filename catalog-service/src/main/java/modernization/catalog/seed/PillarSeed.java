package modernization.catalog.seed;

import modernization.common.i18n.LocalizedText;

/** A pillar as written in {@code seed/pillars.json}. */
record PillarSeed(String code, int order, LocalizedText name, LocalizedText description) {
}
