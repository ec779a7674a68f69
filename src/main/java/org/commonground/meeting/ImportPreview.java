package org.commonground.meeting;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded sheet of cards: before it is imported (its rows and their problems), or the
 * state of its import.
 *
 * @param importId the kept file, to confirm or follow; null while it has problems
 * @param status null for a new preview; PREVIEW, RUNNING, DONE or FAILED for a file seen
 * before
 * @param rows rows in the sheet
 * @param errors rows with problems
 * @param shown the rows listed: the first ones and every row with a problem
 * @param done rows imported so far, once running
 * @param finishedAt when the import ended
 */
public record ImportPreview(Long importId, String status, int rows, int errors, List<CardSheets.Row> shown,
		Integer done, Instant finishedAt) {

	static ImportPreview earlier(long importId, String status, int rows, Instant finishedAt) {
		return new ImportPreview(importId, status, rows, 0, List.of(), null, finishedAt);
	}

	static ImportPreview unreadable(String problem) {
		return new ImportPreview(null, "UNREADABLE:" + problem, 0, 0, List.of(), null, null);
	}

	/** Whether the sheet can be imported now. */
	public boolean ready() {
		return this.status == null && this.importId != null && this.errors == 0 && this.rows > 0;
	}

	/** The problem with the file as a whole, as a message key; else null. */
	public String fileProblem() {
		return (this.status != null && this.status.startsWith("UNREADABLE:")) ? this.status.substring(11) : null;
	}

	public boolean running() {
		return "RUNNING".equals(this.status);
	}

	public boolean finished() {
		return "DONE".equals(this.status);
	}

	public boolean failed() {
		return "FAILED".equals(this.status);
	}

	/** Per cent done, for the progress bar. */
	public int percent() {
		return (this.rows == 0 || this.done == null) ? 0 : (int) Math.min(100, 100L * this.done / this.rows);
	}

}
