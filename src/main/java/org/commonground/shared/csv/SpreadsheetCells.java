package org.commonground.shared.csv;

/**
 * Makes text safe to put in a CSV cell that a spreadsheet will open: a cell that starts
 * like a formula ({@code = + - @}, a tab or a carriage return) is prefixed with an
 * apostrophe, so that it is shown, not run. Every CSV the application writes goes through
 * it.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String safe(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + cell;
		}
		return cell;
	}

}
