package org.commonground.moderation;

import java.util.List;

/**
 * A case of a queue page as one statement reads it: the case, the name of the author of
 * its content and its reports with their reporters' names and group ids (names from the
 * account module's published {@code account_directory} view).
 */
record QueuedCase(ModerationCase moderationCase, String authorName, List<NamedReport> reports) {

	record NamedReport(Report report, String reporterName, long reporterGroupId) {
	}

}
