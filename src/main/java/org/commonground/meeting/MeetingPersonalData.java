package org.commonground.meeting;

import java.util.List;

import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/**
 * What the meeting module keeps about a person, for their data archive: the meetings they
 * planned or facilitate, the consents to be named that they recorded and the minutes they
 * started (their review comments are the comment module's), and the contributions they
 * recorded on behalf of others or checked (what those say is the challenge and comment
 * modules'; they speak for a group, not for a named person). Names of attendees are typed
 * by facilitators and belong to no account.
 */
@Component
class MeetingPersonalData implements PersonalDataSource {

	private final AttendanceRepository attendance;

	private final MinutesRepository minutes;

	private final RecordedContributionStore records;

	MeetingPersonalData(AttendanceRepository attendance, MinutesRepository minutes, RecordedContributionStore records) {
		this.records = records;
		this.attendance = attendance;
		this.minutes = minutes;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		archive.table("meetings", List.of("meeting_id", "dialogue_id", "title", "starts_at", "time_zone", "role"),
				this.attendance.findMeetingsOf(accountId));
		archive.table("meeting_consents_recorded", List.of("meeting_id", "name", "recorded_at"),
				this.attendance.findConsentsRecordedBy(accountId));
		archive.table(
				"recorded_contributions_captured_or_checked", List.of("record_id", "meeting_id", "kind", "challenge_id",
						"comment_id", "people", "channel", "role", "at"),
				this.records.findCapturedOrCheckedBy(accountId));
		archive.table("meeting_minutes_started", List.of("meeting_id", "status", "original_language", "created_at"),
				this.minutes.findStartedBy(accountId));
		archive.table("meeting_minutes_corrected",
				List.of("meeting_id", "item_id", "earlier_language", "earlier_text", "reason", "corrected_at"),
				this.minutes.findCorrectionsBy(accountId));
	}

}
