package org.commonground.moderation;

import java.util.List;

import org.commonground.dialogue.Dialogue;

/**
 * A case in a queue with its content, where to see it in context and its reports.
 *
 * @param item the content, or {@code null} if it no longer exists
 * @param path the content's page
 * @param moderatePath the case's page
 * @param authorName the name of the content's author, for moderators
 */
public record QueueItem(ModerationCase moderationCase, Dialogue dialogue, ModeratedItem item,
		List<ReportWithReporter> reports, String path, String moderatePath, String authorName) {

	public long openReportCount() {
		return this.reports.stream().filter((r) -> r.status() == Report.Status.OPEN).count();
	}

}
