package modernization.common.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreShownAsText() {
        assertEquals("'=HYPERLINK(\"http://x.example\",\"y\")", SpreadsheetCells.cell("=HYPERLINK(\"http://x.example\",\"y\")"));
        assertEquals("'+1+cmd|' /C calc'!A0", SpreadsheetCells.cell("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", SpreadsheetCells.cell("-2+3"));
        assertEquals("'@SUM(A1:A9)", SpreadsheetCells.cell("@SUM(A1:A9)"));
        assertEquals("'\t=1", SpreadsheetCells.cell("\t=1"));
        assertEquals("'\r=1", SpreadsheetCells.cell("\r=1"));
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertArrayEquals(new Object[] {-12, 3.5, "-12", "-3.5", "+4", "قانون الخدمة المدنية", "a=b", "", null, true},
                SpreadsheetCells.row(-12, 3.5, "-12", "-3.5", "+4", "قانون الخدمة المدنية", "a=b", "", null, true));
    }
}
