package org.commonground.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sms module's tables, in plain SQL: one statement per method. */
@Repository
class SmsStore {

	private static final String PARTICIPANT = """
			select id, dialogue_id, phone_hash, phone_cipher, language, step, group_id, district, account_id,
			       opted_out_at is not null as opted_out
			from sms_participant
			""";

	private final JdbcClient jdbc;

	SmsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Dialogue settings

	Optional<Long> dialogueByCode(String code) {
		return this.jdbc.sql("select dialogue_id from sms_dialogue where code = ?")
			.param(code)
			.query(Long.class)
			.optional();
	}

	/** Every dialogue's SMS code, by dialogue id. */
	java.util.Map<Long, String> codes() {
		java.util.Map<Long, String> codes = new java.util.HashMap<>();
		this.jdbc.sql("select dialogue_id, code from sms_dialogue")
			.query((rs, n) -> codes.put(rs.getLong(1), rs.getString(2)))
			.list();
		return codes;
	}

	/** The dialogues that have an SMS code. */
	List<Long> smsDialogueIds() {
		return this.jdbc.sql("select dialogue_id from sms_dialogue").query(Long.class).list();
	}

	Optional<SmsSettings> settings(long dialogueId) {
		return this.jdbc.sql("select code, monthly_budget from sms_dialogue where dialogue_id = ?")
			.param(dialogueId)
			.query((rs, n) -> new SmsSettings(rs.getString(1), rs.getInt(2)))
			.optional();
	}

	/**
	 * @return false if another dialogue has the code
	 */
	boolean saveSettings(long dialogueId, String code, int budget, Instant now) {
		int taken = this.jdbc.sql("select count(*) from sms_dialogue where code = ? and dialogue_id <> ?")
			.params(code, dialogueId)
			.query(Integer.class)
			.single();
		if (taken > 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into sms_dialogue (dialogue_id, code, monthly_budget, updated_at) values (?, ?, ?, ?)
				on conflict (dialogue_id) do update set code = excluded.code,
				    monthly_budget = excluded.monthly_budget, updated_at = excluded.updated_at""")
			.params(dialogueId, code, budget, ts(now))
			.update();
		return true;
	}

	// Inbound

	/**
	 * @return whether the message is new (a repeated delivery stores nothing)
	 */
	boolean recordInbound(String messageId, String phoneHash, Instant now) {
		return this.jdbc.sql("""
				insert into sms_inbound (gateway_message_id, phone_hash, received_at) values (?, ?, ?)
				on conflict (gateway_message_id) do nothing""").params(messageId, phoneHash, ts(now)).update() == 1;
	}

	// Participants

	/** The participation the number spoke in last, opted out or not. */
	Optional<SmsParticipant> current(String phoneHash) {
		return this.jdbc.sql(PARTICIPANT + " where phone_hash = ? order by updated_at desc, id desc limit 1")
			.param(phoneHash)
			.query(SmsStore::participant)
			.optional();
	}

	Optional<SmsParticipant> participant(long id) {
		return this.jdbc.sql(PARTICIPANT + " where id = ?").param(id).query(SmsStore::participant).optional();
	}

	/** The number's participation in one dialogue, opted out or not. */
	Optional<SmsParticipant> participation(String phoneHash, long dialogueId) {
		return this.jdbc.sql(PARTICIPANT + " where phone_hash = ? and dialogue_id = ?")
			.params(phoneHash, dialogueId)
			.query(SmsStore::participant)
			.optional();
	}

	/** Active participants of a dialogue, for a question. */
	List<SmsParticipant> activeParticipants(long dialogueId) {
		return this.jdbc
			.sql(PARTICIPANT + " where dialogue_id = ? and step = 'ACTIVE' and opted_out_at is null order by id")
			.param(dialogueId)
			.query(SmsStore::participant)
			.list();
	}

	/** Starts (or restarts) the joining exchange of a number in a dialogue. */
	void join(long dialogueId, String phoneHash, String phoneCipher, String language, Instant now) {
		this.jdbc
			.sql("""
					insert into sms_participant (dialogue_id, phone_hash, phone_cipher, language, step, created_at, updated_at)
					values (?, ?, ?, ?, 'GROUP', ?, ?)
					on conflict (phone_hash, dialogue_id) do update set phone_cipher = excluded.phone_cipher,
					    language = excluded.language, step = 'GROUP', consented_at = null, opted_out_at = null,
					    updated_at = excluded.updated_at""")
			.params(dialogueId, phoneHash, phoneCipher, language, ts(now), ts(now))
			.update();
	}

	void update(long id, SmsParticipant.Step step, String language, Long groupId, String district, Instant now) {
		this.jdbc.sql("""
				update sms_participant set step = ?, language = ?, group_id = ?, district = ?, updated_at = ?
				where id = ?""").params(step.name(), language, groupId, district, ts(now), id).update();
	}

	void consent(long id, long accountId, Instant now) {
		this.jdbc.sql("""
				update sms_participant set step = 'ACTIVE', account_id = coalesce(account_id, ?), consented_at = ?,
				    updated_at = ? where id = ?""").params(accountId, ts(now), ts(now), id).update();
	}

	void touch(long id, Instant now) {
		this.jdbc.sql("update sms_participant set updated_at = ? where id = ?").params(ts(now), id).update();
	}

	/**
	 * Opts the number out of every dialogue and cancels what was waiting to be sent to
	 * it.
	 */
	void optOut(String phoneHash, Instant now) {
		this.jdbc.sql("""
				update sms_participant set opted_out_at = coalesce(opted_out_at, ?), updated_at = ?
				where phone_hash = ?""").params(ts(now), ts(now), phoneHash).update();
		this.jdbc.sql("""
				update sms_outbound set status = 'CANCELLED' where status in ('QUEUED', 'FAILED')
				and participant_id in (select id from sms_participant where phone_hash = ?)""")
			.param(phoneHash)
			.update();
	}

	// Contributions

	long addContribution(long dialogueId, long participantId, String body, Instant now) {
		return this.jdbc.sql("""
				insert into sms_contribution (dialogue_id, participant_id, body, created_at) values (?, ?, ?, ?)
				returning id""").params(dialogueId, participantId, body, ts(now)).query(Long.class).single();
	}

	/**
	 * The inbox of a dialogue: new texts first (oldest first), then the last decided
	 * ones.
	 */
	List<SmsContribution> inbox(long dialogueId, int decided) {
		return this.jdbc.sql("""
				(select c.id, c.participant_id, p.group_id, p.district, c.body, c.status, c.challenge_id,
				        c.created_at, c.decided_at, p.language
				 from sms_contribution c join sms_participant p on p.id = c.participant_id
				 where c.dialogue_id = ? and c.status = 'NEW' order by c.created_at, c.id)
				union all
				(select c.id, c.participant_id, p.group_id, p.district, c.body, c.status, c.challenge_id,
				        c.created_at, c.decided_at, p.language
				 from sms_contribution c join sms_participant p on p.id = c.participant_id
				 where c.dialogue_id = ? and c.status <> 'NEW' order by c.decided_at desc, c.id desc limit ?)""")
			.params(dialogueId, dialogueId, decided)
			.query(SmsStore::contribution)
			.list();
	}

	Optional<SmsContribution> contributionForUpdate(long id, long dialogueId) {
		return this.jdbc.sql("""
				select c.id, c.participant_id, p.group_id, p.district, c.body, c.status, c.challenge_id,
				       c.created_at, c.decided_at, p.language
				from sms_contribution c join sms_participant p on p.id = c.participant_id
				where c.id = ? and c.dialogue_id = ? for update of c""")
			.params(id, dialogueId)
			.query(SmsStore::contribution)
			.optional();
	}

	void decide(long id, SmsContribution.Status status, Long challengeId, Long commentId, Long mergedInto,
			long facilitatorId, Instant now) {
		this.jdbc.sql("""
				update sms_contribution set status = ?, challenge_id = ?, comment_id = ?, merged_into_id = ?,
				    decided_by = ?, decided_at = ? where id = ?""")
			.params(status.name(), challengeId, commentId, mergedInto, facilitatorId, ts(now), id)
			.update();
	}

	/** Accepted texts whose sender has not been told what became of them, by dialogue. */
	List<Object[]> unanswered(int limit) {
		return this.jdbc.sql("""
				select c.id, c.dialogue_id, c.participant_id, c.challenge_id, c.decided_at, c.body
				from sms_contribution c
				where c.status in ('CHALLENGE', 'COMMENT', 'MERGED') and c.answered_at is null
				  and c.challenge_id is not null
				order by c.dialogue_id, c.id limit ?""")
			.param(limit)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getTimestamp(5).toInstant(), rs.getString(6) })
			.list();
	}

	/**
	 * The text that became a comment on the vision, not answered yet, as (id, participant
	 * id, body).
	 */
	Optional<Object[]> unansweredVisionComment(long commentId) {
		return this.jdbc.sql("""
				select c.id, c.participant_id, c.body from sms_contribution c
				where c.comment_id = ? and c.challenge_id is null and c.status = 'COMMENT' and c.answered_at is null""")
			.param(commentId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
			.optional();
	}

	/**
	 * @return whether this call marked it (so one instance answers)
	 */
	boolean markAnswered(long id, Instant now) {
		return this.jdbc.sql("update sms_contribution set answered_at = ? where id = ? and answered_at is null")
			.params(ts(now), id)
			.update() == 1;
	}

	// Questions and stances

	long addQuestion(long dialogueId, int version, String key, String text, long facilitatorId, Instant now) {
		return this.jdbc.sql("""
				insert into sms_question (dialogue_id, version_number, paragraph_key, text, sent_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(dialogueId, version, key, text, facilitatorId, ts(now))
			.query(Long.class)
			.single();
	}

	/** The newest question of a dialogue, as (id, version, paragraph key). */
	Optional<Object[]> latestQuestion(long dialogueId) {
		return this.jdbc
			.sql("select id, version_number, paragraph_key from sms_question where dialogue_id = ? "
					+ "order by created_at desc, id desc limit 1")
			.param(dialogueId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getString(3) })
			.optional();
	}

	void saveStance(long questionId, long participantId, String stance, Instant now) {
		this.jdbc.sql("""
				insert into sms_stance (question_id, participant_id, stance, replied_at) values (?, ?, ?, ?)
				on conflict (question_id, participant_id) do update set stance = excluded.stance,
				    replied_at = excluded.replied_at""").params(questionId, participantId, stance, ts(now)).update();
	}

	/**
	 * Questions of a dialogue with their SMS stances by group: one row per question,
	 * group and stance.
	 */
	List<SmsQuestionRow> questions(long dialogueId) {
		return this.jdbc.sql("""
				select q.id, q.version_number, q.paragraph_key, q.text, q.created_at, p.group_id, s.stance,
				       count(s.participant_id)
				from sms_question q
				left join sms_stance s on s.question_id = q.id
				left join sms_participant p on p.id = s.participant_id
				where q.dialogue_id = ?
				group by q.id, q.version_number, q.paragraph_key, q.text, q.created_at, p.group_id, s.stance
				order by q.created_at desc, q.id desc""")
			.param(dialogueId)
			.query((rs, n) -> new SmsQuestionRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), (Long) rs.getObject(6), rs.getString(7), rs.getLong(8)))
			.list();
	}

	// Outbound

	long queue(Long dialogueId, Long participantId, String phoneCipher, String body, int segments, String status,
			Instant now) {
		return this.jdbc.sql("""
				insert into sms_outbound (dialogue_id, participant_id, phone_cipher, body, segments, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(dialogueId, participantId, phoneCipher, body, segments, status, ts(now))
			.query(Long.class)
			.single();
	}

	/** Segments a dialogue has queued or sent since the start of the month. */
	int segmentsSince(long dialogueId, Instant since) {
		return this.jdbc.sql("""
				select coalesce(sum(segments), 0) from sms_outbound
				where dialogue_id = ? and created_at >= ? and status in ('QUEUED', 'SENT', 'FAILED')""")
			.params(dialogueId, ts(since))
			.query(Integer.class)
			.single();
	}

	/**
	 * Segments queued or sent since the start of the month to numbers that take part in
	 * no dialogue (how to join, HELP), platform-wide.
	 */
	int segmentsWithoutDialogueSince(Instant since) {
		return this.jdbc.sql("""
				select coalesce(sum(segments), 0) from sms_outbound
				where dialogue_id is null and created_at >= ? and status in ('QUEUED', 'SENT', 'FAILED')""")
			.param(ts(since))
			.query(Integer.class)
			.single();
	}

	/** Queued messages, locked for this transaction (others skip them). */
	List<SmsOutbound> claimQueued(int batch) {
		return this.jdbc.sql("""
				select o.id, o.dialogue_id, o.phone_cipher, o.body, o.segments, o.status, o.attempts, o.last_error,
				       o.created_at, o.sent_at, p.opted_out_at is not null
				from sms_outbound o left join sms_participant p on p.id = o.participant_id
				where o.status = 'QUEUED' order by o.id limit ? for update of o skip locked""")
			.param(batch)
			.query(SmsStore::outbound)
			.list();
	}

	/**
	 * Records a send attempt. A message to a number that is no participant's (how to
	 * join) forgets the number once tried: no lookup could find it to erase it later.
	 */
	void markOutbound(long id, String status, String error, Instant sentAt) {
		this.jdbc.sql("""
				update sms_outbound set status = ?, attempts = attempts + 1, last_error = ?, sent_at = ?,
				    phone_cipher = case when participant_id is null then '' else phone_cipher end
				where id = ?""").params(status, error, ts(sentAt), id).update();
	}

	void cancel(long id) {
		this.jdbc.sql("update sms_outbound set status = 'CANCELLED' where id = ?").param(id).update();
	}

	/**
	 * @return whether a failed message was queued again
	 */
	boolean retry(long id) {
		return this.jdbc
			.sql("""
					update sms_outbound set status = 'QUEUED' where id = ? and status = 'FAILED'
					and participant_id is not null and participant_id not in (select id from sms_participant where opted_out_at is not null)""")
			.param(id)
			.update() == 1;
	}

	List<SmsOutbound> failed(int limit) {
		return this.jdbc.sql("""
				select o.id, o.dialogue_id, o.phone_cipher, o.body, o.segments, o.status, o.attempts, o.last_error,
				       o.created_at, o.sent_at, false
				from sms_outbound o where o.status = 'FAILED' order by o.id desc limit ?""")
			.param(limit)
			.query(SmsStore::outbound)
			.list();
	}

	/** Messages and segments by status, platform-wide: (status, messages, segments). */
	List<Object[]> countsByStatus() {
		return this.jdbc.sql(
				"select status, count(*), coalesce(sum(segments), 0) from sms_outbound group by status order by status")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3) })
			.list();
	}

	// A person's data on request

	/**
	 * Every dialogue a number takes or took part in, for an admin answering the person's
	 * request: (participant id, dialogue id, language, step, opted out, since, account
	 * id).
	 */
	List<SmsPersonRow> byPhone(String phoneHash) {
		return this.jdbc.sql("""
				select id, dialogue_id, language, step, opted_out_at is not null, created_at, account_id
				from sms_participant where phone_hash = ? order by created_at, id""")
			.param(phoneHash)
			.query((rs, n) -> new SmsPersonRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
					SmsParticipant.Step.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getTimestamp(6).toInstant(),
					(Long) rs.getObject(7)))
			.list();
	}

	/**
	 * Settles the texts of a participation whose number is forgotten: nothing more is
	 * sent to it (accepted texts count as answered) and texts still waiting are declined.
	 */
	void settleTextsOf(long participantId, Instant now) {
		this.jdbc.sql("""
				update sms_contribution
				   set answered_at = coalesce(answered_at, ?),
				       status = case when status = 'NEW' then 'DECLINED' else status end,
				       decided_at = case when status = 'NEW' then ? else decided_at end
				 where participant_id = ?""").params(ts(now), ts(now), participantId).update();
	}

	/** The participation that acts through an account, if any. */
	Optional<Long> participantOf(long accountId) {
		return this.jdbc.sql("select id from sms_participant where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Forgets a participation's encrypted number, lookup hash and district, keeping the
	 * row (its texts and stances stay, as contributions do); it counts as opted out.
	 * @param unconsentedOnly only if it never consented (no account holds its texts)
	 * @return the number's former lookup hash, or empty if nothing was forgotten
	 */
	Optional<String> forgetNumber(long participantId, boolean unconsentedOnly, Instant now) {
		return this.jdbc.sql("""
				update sms_participant p
				   set phone_hash = 'erased-' || p.id, phone_cipher = '', district = null,
				       opted_out_at = coalesce(p.opted_out_at, ?), updated_at = ?
				  from (select id, phone_hash from sms_participant
				         where id = ? and phone_cipher <> '' and (account_id is null or not ?) for update) before
				 where p.id = before.id
				returning before.phone_hash""")
			.params(ts(now), ts(now), participantId, unconsentedOnly)
			.query(String.class)
			.optional();
	}

	/**
	 * Forgets the number on the messages sent to a participation (and the gateway's
	 * answers, which may repeat it); cancels unsent ones.
	 */
	void forgetOutboundNumberOf(long participantId) {
		this.jdbc.sql("""
				update sms_outbound
				   set phone_cipher = '', last_error = null,
				       status = case when status in ('QUEUED', 'FAILED') then 'CANCELLED' else status end
				 where participant_id = ?""").param(participantId).update();
	}

	/**
	 * Forgets which received messages came from a number that no participation holds any
	 * more.
	 */
	void forgetInboundOf(String phoneHash) {
		this.jdbc.sql("""
				update sms_inbound set phone_hash = 'erased'
				 where phone_hash = ? and not exists (select 1 from sms_participant where phone_hash = ?)""")
			.params(phoneHash, phoneHash)
			.update();
	}

	private static SmsParticipant participant(ResultSet rs, int n) throws SQLException {
		return new SmsParticipant(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				SmsParticipant.Step.valueOf(rs.getString(6)), (Long) rs.getObject(7), rs.getString(8),
				(Long) rs.getObject(9), rs.getBoolean(10));
	}

	private static SmsContribution contribution(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp(9);
		return new SmsContribution(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
				rs.getString(5), SmsContribution.Status.valueOf(rs.getString(6)), (Long) rs.getObject(7),
				rs.getTimestamp(8).toInstant(), (decided != null) ? decided.toInstant() : null, rs.getString(10));
	}

	private static SmsOutbound outbound(ResultSet rs, int n) throws SQLException {
		Timestamp sent = rs.getTimestamp(10);
		return new SmsOutbound(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getString(6), rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
				(sent != null) ? sent.toInstant() : null, rs.getBoolean(11));
	}

	private static Timestamp ts(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
