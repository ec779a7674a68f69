package org.commonground.moderation;

import org.commonground.account.StakeholderGroup;

/**
 * A member's report with the name and stakeholder group of the person who filed it, as
 * moderators see it; the name is {@code null} for an erased account (the pages show
 * "Former participant" in the reader's language).
 */
public record ReportWithReporter(Report report, String reporterName, StakeholderGroup reporterGroup) {

	public String reason() {
		return this.report.getReason();
	}

	public String note() {
		return this.report.getNote();
	}

	public Report.Status status() {
		return this.report.getStatus();
	}

}
