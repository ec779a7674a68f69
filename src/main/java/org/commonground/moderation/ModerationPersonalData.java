package org.commonground.moderation;

import java.util.List;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/** The reports a person made, for their data archive. */
@Component
class ModerationPersonalData implements PersonalDataSource {

	private final ReportRepository reports;

	ModerationPersonalData(ReportRepository reports) {
		this.reports = reports;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("reports",
				List.of("content_type", "content_id", "reason", "note", "status", "created_at", "decided_at"),
				this.reports.findPersonalData(accountId));
	}

}
