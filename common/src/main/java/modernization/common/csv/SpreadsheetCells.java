package modernization.common.csv;

import java.util.regex.Pattern;

/**
 * Makes text safe to open in a spreadsheet (OWASP "CSV Injection"): a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel, LibreOffice
 * and Google Sheets as a formula, so a note such as {@code =HYPERLINK("http://x.example","y")} would
 * run for whoever opens the export. Such a cell is prefixed with a single quote, which the
 * spreadsheet shows as text. Numbers stay numbers: a {@link Number}, or text that is a plain
 * decimal such as {@code -12} or {@code -3.5}, is left as it is.
 */
public final class SpreadsheetCells {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetCells() {
    }

    /** The values of one row, each made safe. */
    public static Object[] row(Object... values) {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = cell(values[i]);
        }
        return safe;
    }

    public static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || DECIMAL.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
