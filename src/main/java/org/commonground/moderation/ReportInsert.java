package org.commonground.moderation;

import java.time.Instant;

/** The insert of a report that a second report by the same member leaves alone. */
interface ReportInsert {

	/**
	 * Stores a member's report of a case unless they reported it already, even in
	 * parallel.
	 * @return whether this report was new
	 */
	boolean insertOnce(long caseId, long reporterId, String reason, String note, Instant now);

}
