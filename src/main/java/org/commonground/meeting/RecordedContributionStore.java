package org.commonground.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonground.shared.persistence.SqlArrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meeting module's tables of recorded contributions and their voices, in SQL. */
@Component
class RecordedContributionStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	RecordedContributionStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
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

	/**
	 * The record of this challenge or comment at a meeting, if it was recorded before.
	 */
	Optional<Long> findId(long meetingId, RecordedKind kind, long targetId) {
		return this.jdbc
			.sql("select id from recorded_contribution where meeting_id = :meetingId and "
					+ ((kind == RecordedKind.CHALLENGE) ? "kind = 'CHALLENGE' and challenge_id"
							: "kind in ('COMMENT', 'VISION') and comment_id")
					+ " = :id")
			.param("meetingId", meetingId)
			.param("id", targetId)
			.query(Long.class)
			.optional();
	}

	long insert(long dialogueId, Long meetingId, RecordedKind kind, Long challengeId, Long commentId, long groupId,
			RecordedInput input, long capturedBy, Instant now, Long importId, Integer importRow) {
		return insert(dialogueId, meetingId, kind, challengeId, commentId, null, groupId, input, capturedBy, now,
				importId, importRow);
	}

	/**
	 * Keeps the provenance of a recorded challenge or comment; {@code paragraph} is the
	 * vision paragraph a comment of kind {@code VISION} is on, else null;
	 * {@code meetingId} is null for a text message accepted from the SMS inbox.
	 */
	long insert(long dialogueId, Long meetingId, RecordedKind kind, Long challengeId, Long commentId,
			org.commonground.vision.ParagraphRef paragraph, long groupId, RecordedInput input, long capturedBy,
			Instant now, Long importId, Integer importRow) {
		return this.jdbc.sql("""
				insert into recorded_contribution (dialogue_id, meeting_id, kind, challenge_id, comment_id,
				    version_number, paragraph_key, stakeholder_group_id, people, weighted, channel, title, body,
				    captured_by, captured_at, import_id, import_row)
				values (:dialogueId, :meetingId, :kind, :challengeId, :commentId, :version, :paragraphKey, :groupId,
				    :people, :weighted, :channel, :title, :body, :capturedBy, :now, :importId, :importRow)
				returning id""")
			.param("version", (paragraph != null) ? paragraph.number() : null)
			.param("paragraphKey", (paragraph != null) ? paragraph.key() : null)
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
	 * Keeps the provenance of a show of hands recorded by the vision module as
	 * {@code stanceId}.
	 */
	long insertStances(long dialogueId, long meetingId, long groupId, RecordedInput input, int versionNumber,
			long stanceId, String excerpt, long capturedBy, Instant now) {
		RecordedInput.Hands hands = input.hands();
		return this.jdbc.sql("""
				insert into recorded_contribution (dialogue_id, meeting_id, kind, version_number, paragraph_key,
				    stance_id, agree, can_live_with, disagree, stakeholder_group_id, people, weighted, channel, body,
				    captured_by, captured_at)
				values (:dialogueId, :meetingId, 'STANCES', :number, :key, :stanceId, :agree, :live, :disagree,
				    :groupId, :people, :weighted, :channel, :body, :capturedBy, :now)
				returning id""")
			.param("dialogueId", dialogueId)
			.param("meetingId", meetingId)
			.param("number", versionNumber)
			.param("key", hands.paragraphKey())
			.param("stanceId", stanceId)
			.param("agree", hands.agree())
			.param("live", hands.canLiveWith())
			.param("disagree", hands.disagree())
			.param("groupId", groupId)
			.param("people", hands.total())
			.param("weighted", input.weighted())
			.param("channel", input.channel().name())
			.param("body", excerpt)
			.param("capturedBy", capturedBy)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** The record of a show of hands, if it was kept before (same vision row). */
	Optional<Long> findStances(long meetingId, long stanceId) {
		return this.jdbc
			.sql("select id from recorded_contribution where meeting_id = :meetingId and stance_id = :stanceId")
			.param("meetingId", meetingId)
			.param("stanceId", stanceId)
			.query(Long.class)
			.optional();
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

	/** Keeps the photo of the card or flip chart a record was typed up from. */
	void attachPhoto(long recordId, long fileId) {
		this.jdbc.sql("update recorded_contribution set photo_file_id = :fileId where id = :id")
			.param("fileId", fileId)
			.param("id", recordId)
			.update();
	}

	/** The photo kept with a record of a meeting, if any. */
	Optional<Long> findPhoto(long meetingId, long recordId) {
		return this.jdbc
			.sql("select photo_file_id from recorded_contribution where id = :id and meeting_id = :meetingId"
					+ " and photo_file_id is not null")
			.param("id", recordId)
			.param("meetingId", meetingId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The records of a meeting, newest first, with who captured and checked them: one
	 * statement.
	 */
	List<Object[]> findByMeeting(long meetingId, int limit) {
		return this.jdbc.sql("""
				select r.id, r.kind, r.challenge_id, r.comment_id, r.title, r.body, r.stakeholder_group_id, r.people,
				       r.weighted, r.channel, c.display_name, r.captured_by, r.captured_at, v.display_name,
				       r.verified_at, r.version_number, r.paragraph_key, r.agree, r.can_live_with, r.disagree,
				       r.photo_file_id
				from recorded_contribution r
				left join account_directory c on c.id = r.captured_by
				left join account_directory v on v.id = r.verified_by
				where r.meeting_id = :meetingId order by r.id desc limit :limit""")
			.param("meetingId", meetingId)
			.param("limit", limit)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
					rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getInt(8),
					rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getObject(12, Long.class),
					rs.getTimestamp(13).toInstant(), rs.getString(14),
					(rs.getTimestamp(15) != null) ? rs.getTimestamp(15).toInstant() : null,
					rs.getObject(16, Integer.class), rs.getString(17), rs.getObject(18, Integer.class),
					rs.getObject(19, Integer.class), rs.getObject(20, Integer.class), rs.getObject(21, Long.class) })
			.list();
	}

	/**
	 * A file's import at a meeting: id, status, total rows, rows done, file name,
	 * finished at.
	 */
	Optional<Map<String, Object>> findImport(long meetingId, long id) {
		return this.jdbc.sql("""
				select id, status, total_rows, done_rows, file_name, finished_at, content from recorded_import
				where id = :id and meeting_id = :meetingId""")
			.param("id", id)
			.param("meetingId", meetingId)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/** The import of this very file at a meeting, if it was uploaded before. */
	Optional<Map<String, Object>> findImportOfFile(long meetingId, String sha256) {
		return this.jdbc.sql("""
				select id, status, total_rows, done_rows, file_name, finished_at from recorded_import
				where meeting_id = :meetingId and file_sha256 = :sha""")
			.param("meetingId", meetingId)
			.param("sha", sha256)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/**
	 * Keeps an uploaded file for its preview; the one kept before for the same file is
	 * replaced.
	 */
	long savePreview(long meetingId, String sha256, String fileName, String content, int rows, long by, Instant now) {
		return this.jdbc.sql("""
				insert into recorded_import (meeting_id, file_sha256, file_name, content, total_rows, status,
				    uploaded_by, started_at)
				values (:meetingId, :sha, :name, :content, :rows, 'PREVIEW', :by, :now)
				on conflict (meeting_id, file_sha256) do update set file_name = excluded.file_name,
				    content = excluded.content, total_rows = excluded.total_rows, status = 'PREVIEW', done_rows = 0,
				    uploaded_by = excluded.uploaded_by, started_at = excluded.started_at
				  where recorded_import.status in ('PREVIEW', 'FAILED')
				returning id""")
			.param("meetingId", meetingId)
			.param("sha", sha256)
			.param("name", fileName)
			.param("content", content)
			.param("rows", rows)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("import of the same file is running or done"));
	}

	/** Moves a previewed import to running; false if it had already left the preview. */
	boolean start(long id, Instant now) {
		return this.jdbc.sql("""
				update recorded_import set status = 'RUNNING', done_rows = 0, started_at = :now
				where id = :id and status = 'PREVIEW'""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void progress(long id, int done) {
		this.jdbc.sql("update recorded_import set done_rows = :done where id = :id")
			.param("id", id)
			.param("done", done)
			.update();
	}

	/**
	 * Ends an import; a finished one drops the file's text (the records keep what was
	 * said).
	 */
	void finish(long id, String status, int done, Instant now) {
		this.jdbc.sql("""
				update recorded_import set status = :status, done_rows = :done, finished_at = :now,
				    content = case when :status = 'DONE' then null else content end
				where id = :id""")
			.param("id", id)
			.param("status", status)
			.param("done", done)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** How many records a meeting has, and how many of them await a check. */
	long[] count(long meetingId) {
		return this.jdbc.sql("""
				select count(*), count(*) filter (where verified_at is null) from recorded_contribution
				where meeting_id = :meetingId""")
			.param("meetingId", meetingId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** How many records an import made. */
	int countByImport(long importId) {
		return this.jdbc.sql("select count(*) from recorded_contribution where import_id = :id")
			.param("id", importId)
			.query(Integer.class)
			.single();
	}

	/** Keeps the provenance of a batch of records (a sheet of cards) in one statement. */
	void insertAll(long dialogueId, long meetingId, List<BatchRecord> records, long capturedBy, Instant now,
			long importId) {
		if (records.isEmpty()) {
			return;
		}
		SqlArrays.query(this.jdbcTemplate, (rs, n) -> null, """
				insert into recorded_contribution (dialogue_id, meeting_id, kind, challenge_id, comment_id,
				    version_number, paragraph_key, stance_id, agree, can_live_with, disagree, stakeholder_group_id,
				    people, weighted, channel, title, body, captured_by, captured_at, import_id, import_row)
				select ?, ?, u.kind, u.challenge, u.comment, u.version, u.key, u.stance, u.agree, u.live, u.disagree,
				       u.grp, u.people, u.weighted, u.channel, u.title, u.body, ?, ?, ?, u.line
				from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				     as u(kind, challenge, comment, version, key, stance, agree, live, disagree, grp, people, weighted,
				          channel, title, body, line)
				returning id""", dialogueId, meetingId, capturedBy, Timestamp.from(now), importId,
				SqlArrays.of("text", records.stream().map((r) -> r.kind().name()).toList()),
				SqlArrays.of("bigint", records.stream().map(BatchRecord::challengeId).toList()),
				SqlArrays.of("bigint", records.stream().map(BatchRecord::commentId).toList()),
				SqlArrays.of("int", records.stream().map(BatchRecord::version).toList()),
				SqlArrays.of("text", records.stream().map(BatchRecord::paragraphKey).toList()),
				SqlArrays.of("bigint", records.stream().map(BatchRecord::stanceId).toList()),
				SqlArrays.of("int",
						records.stream().map((r) -> (r.hands() != null) ? r.hands().agree() : null).toList()),
				SqlArrays.of("int",
						records.stream().map((r) -> (r.hands() != null) ? r.hands().canLiveWith() : null).toList()),
				SqlArrays.of("int",
						records.stream().map((r) -> (r.hands() != null) ? r.hands().disagree() : null).toList()),
				SqlArrays.of("bigint", records.stream().map(BatchRecord::groupId).toList()),
				SqlArrays.of("int", records.stream().map(BatchRecord::people).toList()),
				SqlArrays.of("boolean", records.stream().map(BatchRecord::weighted).toList()),
				SqlArrays.of("text", records.stream().map((r) -> r.channel().name()).toList()),
				SqlArrays.of("text", records.stream().map(BatchRecord::title).toList()),
				SqlArrays.of("text", records.stream().map(BatchRecord::body).toList()),
				SqlArrays.of("int", records.stream().map(BatchRecord::line).toList()));
	}

	/**
	 * One record of a batch, as {@link #insertAll} keeps it: as {@link #insert} and
	 * {@link #insertStances} keep one recorded by the form.
	 */
	record BatchRecord(RecordedKind kind, Long challengeId, Long commentId, Integer version, String paragraphKey,
			Long stanceId, RecordedInput.Hands hands, long groupId, int people, boolean weighted,
			RecordedChannel channel, String title, String body, int line) {

		/**
		 * A challenge, or a comment on a challenge or on a paragraph of the vision, from
		 * a row of a sheet.
		 */
		static BatchRecord card(RecordedKind kind, Long challengeId, Long commentId, long groupId, CardSheets.Row row,
				String title, org.commonground.vision.ParagraphRef paragraph) {
			return new BatchRecord(kind, challengeId, commentId, (paragraph != null) ? paragraph.number() : null,
					(paragraph != null) ? paragraph.key() : null, null, null, groupId, row.people(), row.weighted(),
					row.channel(), (title != null) ? title.strip() : null, row.text().strip(), row.line());
		}

		/** A show of hands from a row of a sheet; its text is the paragraph's start. */
		static BatchRecord show(long stanceId, long groupId, CardSheets.Row row,
				org.commonground.vision.ParagraphRef paragraph) {
			return new BatchRecord(RecordedKind.STANCES, null, null, paragraph.number(), paragraph.key(), stanceId,
					row.hands(), groupId, row.people(), row.weighted(), row.channel(), null, paragraph.excerpt(),
					row.line());
		}

	}

	/** Records an account captured or checked, for its data archive. */
	List<Object[]> findCapturedOrCheckedBy(long accountId) {
		return this.jdbc.sql("""
				select id, meeting_id, kind, challenge_id, comment_id, people, channel, 'CAPTURED', captured_at
				from recorded_contribution where captured_by = :id
				union all
				select id, meeting_id, kind, challenge_id, comment_id, people, channel, 'CHECKED', verified_at
				from recorded_contribution where verified_by = :id
				order by 1, 8""")
			.param("id", accountId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4),
					rs.getObject(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant() })
			.list();
	}

}
