package org.commonground.moderation;

import org.commonground.account.Account;

/** A member's report with the account that filed it, as moderators see it. */
public record ReportWithReporter(Report report, Account reporter) {

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
