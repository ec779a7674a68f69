package org.commonground.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Statements on moderation cases that Spring Data cannot declare: a queue page with its
 * reports, an update that returns the row it changed, and a row lock that rereads what a
 * parallel decision stored.
 */
interface ModerationCaseStatements {

	/**
	 * A page of a queue in one statement: the cases that need a decision (open reports or
	 * a waiting state), most open reports first, then oldest, after the keyset
	 * {@code (reports, queued, id)}, each with its author's name and its reports in the
	 * order filed with their reporters' names.
	 * @param dialogueId one dialogue's queue, or every dialogue's when {@code null}
	 */
	List<QueuedCase> findQueuePage(Long dialogueId, Collection<CaseState> waiting, int reports, Instant queued, long id,
			int limit);

	/** Counts a new open report; the first one queues a visible case now. */
	ReportCount countNewReport(long caseId, Instant now);

	/**
	 * The case of a contribution, locked for a decision, as stored after any parallel
	 * decision.
	 */
	ModerationCase lockForDecision(String type, long contentId);

	/** A case's open reports and state after a report was counted. */
	record ReportCount(int openReports, CaseState state) {
	}

}
