package org.commonground.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meeting module's tables of recorded contributions and their voices, in SQL. */
@Component
class RecordedContributionStore {

	private final JdbcClient jdbc;

	RecordedContributionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account that speaks for a group at a meeting, if it has one yet. */
	Optional<Long> voice(long meetingId, long groupId) {
		return this.jdbc.sql(
				"select account_id from meeting_voice where meeting_id = :meetingId and stakeholder_group_id = :groupId")
			.param("meetingId", meetingId)
			.param("groupId", groupId)
			.query(Long.class)
			.optional();
	}

	/** Keeps the voice of a group at a meeting; false if another was kept first. */
	boolean addVoice(long meetingId, long groupId, long accountId) {
		return this.jdbc.sql("""
				insert into meeting_voice (meeting_id, stakeholder_group_id, account_id)
				values (:meetingId, :groupId, :accountId) on conflict do nothing""")
			.param("meetingId", meetingId)
			.param("groupId", groupId)
			.param("accountId", accountId)
			.update() == 1;
	}

	/** Locks the meeting's row, so that two recorders do not give a group two voices. */
	void lockMeeting(long meetingId) {
		this.jdbc.sql("select id from meeting where id = :id for update").param("id", meetingId).query().listOfRows();
	}

	/** Whether this contribution was already recorded (same challenge or comment). */
	boolean exists(RecordedKind kind, long targetId) {
		return this.jdbc
			.sql("select exists (select 1 from recorded_contribution where " + ((kind == RecordedKind.CHALLENGE)
					? "kind = 'CHALLENGE' and challenge_id" : "kind = 'COMMENT' and comment_id") + " = :id)")
			.param("id", targetId)
			.query(Boolean.class)
			.single();
	}

	/** The id of the record of this challenge or comment at a meeting. */
	long findId(long meetingId, RecordedKind kind, long targetId) {
		return this.jdbc
			.sql("select id from recorded_contribution where meeting_id = :meetingId and "
					+ ((kind == RecordedKind.CHALLENGE) ? "kind = 'CHALLENGE' and challenge_id"
							: "kind = 'COMMENT' and comment_id")
					+ " = :id")
			.param("meetingId", meetingId)
			.param("id", targetId)
			.query(Long.class)
			.single();
	}

	long insert(long dialogueId, long meetingId, RecordedKind kind, Long challengeId, Long commentId, long groupId,
			RecordedInput input, long capturedBy, Instant now, Long importId, Integer importRow) {
		return this.jdbc.sql("""
				insert into recorded_contribution (dialogue_id, meeting_id, kind, challenge_id, comment_id,
				    stakeholder_group_id, people, weighted, channel, title, body, captured_by, captured_at, import_id,
				    import_row)
				values (:dialogueId, :meetingId, :kind, :challengeId, :commentId, :groupId, :people, :weighted,
				    :channel, :title, :body, :capturedBy, :now, :importId, :importRow)
				returning id""")
			.param("dialogueId", dialogueId)
			.param("meetingId", meetingId)
			.param("kind", kind.name())
			.param("challengeId", challengeId)
			.param("commentId", commentId)
			.param("groupId", groupId)
			.param("people", input.people())
			.param("weighted", input.weighted())
			.param("channel", input.channel().name())
			.param("title", (input.title() != null) ? input.title().strip() : null)
			.param("body", input.body().strip())
			.param("capturedBy", capturedBy)
			.param("now", Timestamp.from(now))
			.param("importId", importId)
			.param("importRow", importRow)
			.query(Long.class)
			.single();
	}

	/**
	 * One record of a meeting, as stored: kind, challenge, comment, people, captured by.
	 */
	Optional<Map<String, Object>> find(long meetingId, long id) {
		return this.jdbc.sql("""
				select kind, challenge_id, comment_id, people, captured_by, verified_at from recorded_contribution
				where id = :id and meeting_id = :meetingId""")
			.param("id", id)
			.param("meetingId", meetingId)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	void check(long id, long by, Instant now) {
		this.jdbc.sql("update recorded_contribution set verified_by = :by, verified_at = :now where id = :id")
			.param("id", id)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * The records of a meeting, newest first, with who captured and checked them: one
	 * statement.
	 */
	List<Object[]> findByMeeting(long meetingId, int limit) {
		return this.jdbc.sql("""
				select r.id, r.kind, r.challenge_id, r.comment_id, r.title, r.body, r.stakeholder_group_id, r.people,
				       r.weighted, r.channel, c.display_name, r.captured_by, r.captured_at, v.display_name,
				       r.verified_at
				from recorded_contribution r
				left join account_directory c on c.id = r.captured_by
				left join account_directory v on v.id = r.verified_by
				where r.meeting_id = :meetingId order by r.id desc limit :limit""")
			.param("meetingId", meetingId)
			.param("limit", limit)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
							rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getInt(8),
							rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getObject(12, Long.class),
							rs.getTimestamp(13).toInstant(), rs.getString(14),
							(rs.getTimestamp(15) != null) ? rs.getTimestamp(15).toInstant() : null })
			.list();
	}

}
