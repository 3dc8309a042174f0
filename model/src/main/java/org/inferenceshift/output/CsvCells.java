package org.inferenceshift.output;

/**
 * Text cells of result CSVs made safe to open in a spreadsheet (CSV or formula injection, OWASP): a cell
 * that begins with {@code = + - @}, a tab, a carriage return or another control character would be run
 * as a formula by Excel, LibreOffice or Google Sheets (a lab named {@code =HYPERLINK(...)}), so it gets a
 * leading single quote, as spreadsheet-safe exporters do; the quote shows the cell is text. Only text
 * taken from scenario or experiment files passes through here (lab ids, scenario names, text parameter
 * values): numbers are written by {@link Numbers} and never altered, so a negative number stays a number.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String text(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || Character.isISOControl(first);
        return formula ? "'" + cell : cell;
    }
}
