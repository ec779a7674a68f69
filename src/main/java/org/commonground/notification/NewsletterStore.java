package org.commonground.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The newsletter's tables, in SQL: subscribers, consent records, issues and deliveries. A
 * dialogue id of 0 stands for the platform (stored as {@code null}).
 */
@Repository
class NewsletterStore {

	private static final String ISSUE_COLUMNS = """
			id, coalesce(dialogue_id, 0) as dialogue_id, author_id, subject, body_source, body_html, language,
			stakeholder_group_id, status, created_at, sent_at, recipient_count""";

	private final JdbcClient jdbc;

	NewsletterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A subscriber as the sign-up and the emails need it. */
	record Subscriber(long id, String email, String language, long dialogueId, Long groupId, String status) {
	}

	Optional<Subscriber> subscriber(String email, long dialogueId) {
		return this.jdbc.sql("""
				select id, email, language, coalesce(dialogue_id, 0) as dialogue_id, stakeholder_group_id, status
				from newsletter_subscriber where lower(email) = lower(?) and coalesce(dialogue_id, 0) = ?
				for update""").params(email, dialogueId).query(NewsletterStore::subscriber).optional();
	}

	Optional<Subscriber> subscriber(long id) {
		return this.jdbc.sql("""
				select id, email, language, coalesce(dialogue_id, 0) as dialogue_id, stakeholder_group_id, status
				from newsletter_subscriber where id = ?""").param(id).query(NewsletterStore::subscriber).optional();
	}

	/**
	 * Adds a pending subscriber, or makes an existing row pending again with the new
	 * choices.
	 */
	long upsertPending(String email, String language, long dialogueId, Long groupId, Instant now) {
		return this.jdbc
			.sql("""
					insert into newsletter_subscriber (email, language, dialogue_id, stakeholder_group_id, status, created_at)
					values (?, ?, ?, ?, 'PENDING', ?)
					on conflict (lower(email), coalesce(dialogue_id, 0)) do update
					set language = excluded.language, stakeholder_group_id = excluded.stakeholder_group_id,
					    status = 'PENDING', unsubscribed_at = null
					returning id""")
			.params(email, language, (dialogueId == 0) ? null : dialogueId, groupId, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	boolean confirm(long id, Instant now) {
		return this.jdbc.sql(
				"update newsletter_subscriber set status = 'CONFIRMED', confirmed_at = ? where id = ? and status = 'PENDING'")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	boolean unsubscribe(long id, Instant now) {
		return this.jdbc.sql("""
				update newsletter_subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = ?
				where id = ? and status <> 'UNSUBSCRIBED'""").params(Timestamp.from(now), id).update() == 1;
	}

	void consent(long subscriberId, String step, String textKey, String textShown, String language, Instant now) {
		this.jdbc.sql("""
				insert into newsletter_consent (subscriber_id, step, text_key, text_shown, language, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(subscriberId, step, textKey, textShown, language, Timestamp.from(now))
			.update();
	}

	/** Confirmed subscribers of the audience. */
	int audienceSize(long dialogueId, Long groupId) {
		return this.jdbc.sql("""
				select count(*) from newsletter_subscriber
				where status = 'CONFIRMED' and coalesce(dialogue_id, 0) = ? and (? = 0 or stakeholder_group_id = ?)""")
			.params(dialogueId, orZero(groupId), orZero(groupId))
			.query(Integer.class)
			.single();
	}

	long insertIssue(long dialogueId, long authorId, String subject, String source, String html, String language,
			Long groupId, Instant now) {
		return this.jdbc.sql("""
				insert into newsletter_issue (dialogue_id, author_id, subject, body_source, body_html, language,
				                              stakeholder_group_id, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) returning id""")
			.params((dialogueId == 0) ? null : dialogueId, authorId, subject, source, html, language, groupId,
					Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	boolean updateDraft(long id, long dialogueId, String subject, String source, String html, String language,
			Long groupId, Instant now) {
		return this.jdbc.sql("""
				update newsletter_issue set subject = ?, body_source = ?, body_html = ?, language = ?,
				       stakeholder_group_id = ?, updated_at = ?
				where id = ? and coalesce(dialogue_id, 0) = ? and status = 'DRAFT'""")
			.params(subject, source, html, language, groupId, Timestamp.from(now), id, dialogueId)
			.update() == 1;
	}

	boolean startSending(long id, long dialogueId, Instant now) {
		return this.jdbc.sql("""
				update newsletter_issue set status = 'SENDING', sent_at = ?
				where id = ? and coalesce(dialogue_id, 0) = ? and status = 'DRAFT'""")
			.params(Timestamp.from(now), id, dialogueId)
			.update() == 1;
	}

	Optional<NewsletterIssue> issue(long id, long dialogueId) {
		return this.jdbc
			.sql("select " + ISSUE_COLUMNS + " from newsletter_issue where id = ? and coalesce(dialogue_id, 0) = ?")
			.params(id, dialogueId)
			.query(NewsletterStore::issue)
			.optional();
	}

	/** Every issue of the scope, drafts first, then the newest. */
	List<NewsletterIssue> issues(long dialogueId) {
		return this.jdbc.sql("select " + ISSUE_COLUMNS + """
				 from newsletter_issue where coalesce(dialogue_id, 0) = ?
				order by (status = 'DRAFT') desc, coalesce(sent_at, created_at) desc, id desc limit 200""")
			.param(dialogueId)
			.query(NewsletterStore::issue)
			.list();
	}

	/** The issues of the scope that went out (sending or sent), newest first. */
	List<NewsletterIssue> published(long dialogueId, int limit) {
		return this.jdbc.sql("select " + ISSUE_COLUMNS + """
				 from newsletter_issue where coalesce(dialogue_id, 0) = ? and status <> 'DRAFT'
				order by sent_at desc, id desc limit ?""")
			.params(dialogueId, limit)
			.query(NewsletterStore::issue)
			.list();
	}

	List<Long> sending() {
		return this.jdbc.sql("select id from newsletter_issue where status = 'SENDING' order by sent_at, id")
			.query(Long.class)
			.list();
	}

	/**
	 * Locks an issue being sent unless another run holds it.
	 * @return the issue, if locked
	 */
	Optional<NewsletterIssue> lockSending(long id) {
		return this.jdbc
			.sql("select " + ISSUE_COLUMNS
					+ " from newsletter_issue where id = ? and status = 'SENDING' for update skip locked")
			.param(id)
			.query(NewsletterStore::issue)
			.optional();
	}

	/**
	 * Records the next batch of the audience not yet served (one delivery row each; a row
	 * already there is skipped, so nobody is served twice).
	 * @return the subscribers recorded, to be written to in the same transaction
	 */
	List<Subscriber> claimBatch(NewsletterIssue issue, int size, Instant now) {
		return claimBatch(issue, size, now, null);
	}

	/**
	 * Like {@link #claimBatch(NewsletterIssue, int, Instant)}, but only among these
	 * subscribers ({@code null}: any).
	 */
	List<Subscriber> claimBatch(NewsletterIssue issue, int size, Instant now, long[] onlyIds) {
		return this.jdbc.sql("""
				with batch as (
				  insert into newsletter_delivery (issue_id, subscriber_id, queued_at)
				  select ?, s.id, ? from newsletter_subscriber s
				  where s.status = 'CONFIRMED' and coalesce(s.dialogue_id, 0) = ?
				    and (? = 0 or s.stakeholder_group_id = ?)
				    and (cast(? as bigint[]) is null or s.id = any(cast(? as bigint[])))
				    and not exists (select 1 from newsletter_delivery d where d.issue_id = ? and d.subscriber_id = s.id)
				  order by s.id limit ?
				  on conflict do nothing
				  returning subscriber_id)
				select s.id, s.email, s.language, coalesce(s.dialogue_id, 0) as dialogue_id, s.stakeholder_group_id,
				       s.status
				from batch b join newsletter_subscriber s on s.id = b.subscriber_id order by s.id""")
			.params(issue.id(), Timestamp.from(now), issue.dialogueId(), orZero(issue.groupId()),
					orZero(issue.groupId()), onlyIds, onlyIds, issue.id(), size)
			.query(NewsletterStore::subscriber)
			.list();
	}

	/**
	 * The next confirmed subscribers of the audience not yet served, without claiming
	 * them: for an issue whose readers must be checked first.
	 */
	List<Subscriber> unserved(NewsletterIssue issue, int size) {
		return this.jdbc.sql("""
				select s.id, s.email, s.language, coalesce(s.dialogue_id, 0) as dialogue_id, s.stakeholder_group_id,
				       s.status
				from newsletter_subscriber s
				where s.status = 'CONFIRMED' and coalesce(s.dialogue_id, 0) = ?
				  and (? = 0 or s.stakeholder_group_id = ?)
				  and not exists (select 1 from newsletter_delivery d where d.issue_id = ? and d.subscriber_id = s.id)
				order by s.id limit ?""")
			.params(issue.dialogueId(), orZero(issue.groupId()), orZero(issue.groupId()), issue.id(), size)
			.query(NewsletterStore::subscriber)
			.list();
	}

	/** Every confirmed subscriber of the audience (of a members-only dialogue). */
	List<Subscriber> audience(long dialogueId, Long groupId) {
		return this.jdbc.sql("""
				select id, email, language, coalesce(dialogue_id, 0) as dialogue_id, stakeholder_group_id, status
				from newsletter_subscriber
				where status = 'CONFIRMED' and coalesce(dialogue_id, 0) = ? and (? = 0 or stakeholder_group_id = ?)
				order by id""")
			.params(dialogueId, orZero(groupId), orZero(groupId))
			.query(NewsletterStore::subscriber)
			.list();
	}

	/** How many emails of an issue being sent are queued so far. */
	int queued(long issueId) {
		return this.jdbc.sql("select count(*) from newsletter_delivery where issue_id = ?")
			.param(issueId)
			.query(Integer.class)
			.single();
	}

	void finish(long id, Instant now) {
		this.jdbc.sql("""
				update newsletter_issue set status = 'SENT', completed_at = ?,
				       recipient_count = (select count(*) from newsletter_delivery where issue_id = ?)
				where id = ?""").params(Timestamp.from(now), id, id).update();
	}

	private static long orZero(Long id) {
		return (id != null) ? id : 0;
	}

	private static Subscriber subscriber(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long group = rs.getLong("stakeholder_group_id");
		return new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getString("language"),
				rs.getLong("dialogue_id"), rs.wasNull() ? null : group, rs.getString("status"));
	}

	private static NewsletterIssue issue(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long group = rs.getLong("stakeholder_group_id");
		Long groupId = rs.wasNull() ? null : group;
		int count = rs.getInt("recipient_count");
		Integer recipients = rs.wasNull() ? null : count;
		Timestamp sent = rs.getTimestamp("sent_at");
		return new NewsletterIssue(rs.getLong("id"), rs.getLong("dialogue_id"), rs.getLong("author_id"),
				rs.getString("subject"), rs.getString("body_source"), rs.getString("body_html"),
				rs.getString("language"), groupId, NewsletterIssue.Status.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), (sent != null) ? sent.toInstant() : null, recipients);
	}

}
