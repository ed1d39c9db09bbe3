package modernization.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LocalizedTextFormatTest {

    private static final LocalizedText VERSION = new LocalizedText("version %s", "الإصدار %s", "وەشانی %s");

    @Test
    void eachLanguageIsFilledWithTheSameValues() {
        LocalizedText text = new LocalizedText("No ministry with code %s.", "لا توجد وزارة بالرمز %s.", "هیچ وەزارەتێک بە کۆدی %s نییە.")
                .format("MOP-XYZ");
        assertEquals("No ministry with code MOP-XYZ.", text.in(Language.EN));
        assertEquals("لا توجد وزارة بالرمز MOP-XYZ.", text.in(Language.AR));
        assertEquals("هیچ وەزارەتێک بە کۆدی MOP-XYZ نییە.", text.in(Language.CKB));
    }

    @Test
    void aLocalizedArgumentFillsEachLanguageWithItsOwnText() {
        LocalizedText text = new LocalizedText("it is now at %s", "أصبح الآن عند %s", "ئێستا لە %sدایە").format(VERSION.format(3));
        assertEquals("it is now at version 3", text.in(Language.EN));
        assertEquals("أصبح الآن عند الإصدار 3", text.in(Language.AR));
        assertEquals("ئێستا لە وەشانی 3دایە", text.in(Language.CKB));
    }

    @Test
    void aMissingTranslationStaysMissingAndFallsBackToEnglish() {
        LocalizedText text = new LocalizedText("%d %%", null, "").format(40);
        assertNull(text.ar());
        assertEquals("40 %", text.in(Language.AR));
        assertEquals("40 %", text.in(Language.CKB));
    }
}
