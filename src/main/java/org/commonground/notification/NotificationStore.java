package org.commonground.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's tables, in SQL: follows, notifications, preferences, digest cursors. */
@Repository
class NotificationStore {

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	NotificationStore(JdbcClient jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** A notification to store for one recipient. */
	record NewNotification(long recipientId, long dialogueId, String dialogueSlug, String dialogueTitle,
			NotificationCategory category, String kind, String subject, String detail, String path, String sourceKey,
			Instant createdAt) {
	}

	/**
	 * Whether the recipient may still see what notification {@code n} is about, decided
	 * when it is read (access changes after a notification is stored): the dialogue is
	 * one they may read now (the dialogue module's {@code dialogue_reader} view); and,
	 * except for the notices about their own contributions (category MODERATION), the
	 * challenge it names is visible or their own, and the comment it leads to is visible
	 * and not on a challenge that is not (the {@code challenge_directory} and
	 * {@code comment_directory} views). A title hidden for personal information so leaves
	 * every inbox. The inbox, its pages and the header's count all use it, so the count
	 * is what the inbox shows.
	 */
	static final String SHOWN = " ("
			+ """
					exists (select 1 from dialogue_reader r where r.dialogue_id = n.dialogue_id and r.account_id = n.recipient_id)
					and (n.category = 'MODERATION'
					     or ((substring(n.path from '/challenges/([0-9]+)$') is null
					          or exists (select 1 from challenge_directory c
					                     where c.id = cast(substring(n.path from '/challenges/([0-9]+)$') as bigint)
					                       and (c.moderation = 'VISIBLE' or c.author_id = n.recipient_id)))
					         and (substring(n.path from '/comments/([0-9]+)$') is null
					              or exists (select 1 from comment_directory k
					                         left join challenge_directory c on k.target_type = 'CHALLENGE' and c.id = k.target_id
					                         where k.id = cast(substring(n.path from '/comments/([0-9]+)$') as bigint)
					                           and k.status = 'VISIBLE' and (c.id is null or c.moderation = 'VISIBLE')))))"""
			+ ") ";

	/** Stores it unless that recipient already has one for that source; its id if new. */
	Optional<Long> insertOnce(NewNotification n) {
		return insertOnce(n, null);
	}

	/**
	 * Stores it, with the reason its event gave (shown under it in the inbox), unless
	 * that recipient already has one for that source; its id if new.
	 */
	Optional<Long> insertOnce(NewNotification n, String reason) {
		return this.jdbc.sql("""
				insert into notification (recipient_id, dialogue_id, dialogue_slug, dialogue_title, category, kind,
				                          subject, detail, path, source_key, created_at, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (recipient_id, source_key) do nothing
				returning id""")
			.params(n.recipientId(), n.dialogueId(), n.dialogueSlug(), truncate(n.dialogueTitle(), 200),
					n.category().name(), n.kind(), truncate(n.subject(), 300), truncate(n.detail(), 100), n.path(),
					n.sourceKey(), Timestamp.from(n.createdAt()), reason)
			.query(Long.class)
			.optional();
	}

	/** The unread notifications the recipient may still see (see {@link #SHOWN}). */
	long unreadCount(long recipientId) {
		return ((Number) this.entityManager
			.createNativeQuery(
					"select count(*) from notification n where n.recipient_id = ?1 and n.read_at is null and " + SHOWN)
			.setParameter(1, recipientId)
			.getSingleResult()).longValue();
	}

	/**
	 * A page of the notifications the recipient may still see (see {@link #SHOWN}),
	 * newest first, older than {@code before} when given (keyset paging): at most
	 * {@code limit}. Read through JPA (as the unread count is), so that the statement
	 * counts of pages (Hibernate's statistics) include them.
	 */
	List<InboxEntry> page(long recipientId, Long before, int limit) {
		List<?> rows = this.entityManager.createNativeQuery("""
				select n.id, n.dialogue_slug, n.dialogue_title, n.category, n.kind, n.subject, n.detail, n.path,
				       n.created_at, n.read_at is not null, n.reason
				from notification n
				where n.recipient_id = ?1 and n.id < ?2 and """ + SHOWN + """

				order by n.id desc limit ?3""")
			.setParameter(1, recipientId)
			.setParameter(2, (before != null) ? before : Long.MAX_VALUE)
			.setParameter(3, limit)
			.getResultList();
		return rows.stream().map((row) -> {
			Object[] r = (Object[]) row;
			return new InboxEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
					NotificationCategory.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6],
					(String) r[7], instant(r[8]), Boolean.TRUE.equals(r[9]), (String) r[10], null);
		}).toList();
	}

	/** The page a notification leads to, if it is the recipient's and still shown. */
	Optional<String> shownPath(long recipientId, long id) {
		return this.jdbc.sql("select n.path from notification n where n.id = ? and n.recipient_id = ? and " + SHOWN)
			.params(id, recipientId)
			.query(String.class)
			.optional();
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		return ((Timestamp) value).toInstant();
	}

	/**
	 * Notifications after the cursor and at most as new as {@code upTo}, oldest first.
	 */
	List<InboxEntry> since(long recipientId, long cursor, Instant upTo) {
		return this.jdbc.sql("""
				select id, dialogue_slug, dialogue_title, category, kind, subject, detail, path, created_at,
				       read_at is not null as read
				from notification where recipient_id = ? and id > ? and created_at <= ? order by id""")
			.params(recipientId, cursor, Timestamp.from(upTo))
			.query((rs, row) -> new InboxEntry(rs.getLong("id"), rs.getString("dialogue_slug"),
					rs.getString("dialogue_title"), NotificationCategory.valueOf(rs.getString("category")),
					rs.getString("kind"), rs.getString("subject"), rs.getString("detail"), rs.getString("path"),
					rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")))
			.list();
	}

	boolean markRead(long recipientId, long id, Instant now) {
		return this.jdbc
			.sql("update notification set read_at = ? where id = ? and recipient_id = ? and read_at is null")
			.params(Timestamp.from(now), id, recipientId)
			.update() > 0;
	}

	int markAllRead(long recipientId, Instant now) {
		return this.jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
			.params(Timestamp.from(now), recipientId)
			.update();
	}

	void follow(long accountId, FollowTarget type, long targetId, long dialogueId, Instant now) {
		this.jdbc.sql("""
				insert into notification_follow (account_id, target_type, target_id, dialogue_id, created_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(accountId, type.name(), targetId, dialogueId, Timestamp.from(now))
			.update();
	}

	boolean unfollow(long accountId, FollowTarget type, long targetId) {
		return this.jdbc
			.sql("delete from notification_follow where account_id = ? and target_type = ? and target_id = ?")
			.params(accountId, type.name(), targetId)
			.update() > 0;
	}

	boolean follows(long accountId, FollowTarget type, long targetId) {
		return this.jdbc
			.sql("select count(*) from notification_follow where account_id = ? and target_type = ? and target_id = ?")
			.params(accountId, type.name(), targetId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Whether the person follows the target, and their unread count, in one statement:
	 * for a page that shows both (a challenge's, within P1's budget).
	 */
	FollowsAndUnread followsAndUnread(long accountId, FollowTarget type, long targetId) {
		return this.jdbc
			.sql("""
					select exists (select 1 from notification_follow
					                where account_id = ? and target_type = ? and target_id = ?) as follows,
					       (select count(*) from notification n where n.recipient_id = ? and n.read_at is null and """
					+ SHOWN + ") as unread")
			.params(accountId, type.name(), targetId, accountId)
			.query((rs, row) -> new FollowsAndUnread(rs.getBoolean("follows"), rs.getLong("unread")))
			.single();
	}

	/** Whether a target is followed, with the person's unread count. */
	record FollowsAndUnread(boolean follows, long unread) {
	}

	List<Long> followers(FollowTarget type, long targetId) {
		return this.jdbc.sql(
				"select account_id from notification_follow where target_type = ? and target_id = ? order by account_id")
			.params(type.name(), targetId)
			.query(Long.class)
			.list();
	}

	/** Ends the account's follows of the dialogue and of everything in it. */
	int unfollowDialogue(long accountId, long dialogueId) {
		return this.jdbc.sql("delete from notification_follow where account_id = ? and dialogue_id = ?")
			.params(accountId, dialogueId)
			.update();
	}

	/** What the account follows, newest first. */
	List<Followed> followed(long accountId) {
		return this.jdbc.sql("""
				select f.target_type, f.target_id, f.dialogue_id
				from notification_follow f where f.account_id = ? order by f.created_at desc""")
			.param(accountId)
			.query((rs, row) -> new Followed(FollowTarget.valueOf(rs.getString("target_type")), rs.getLong("target_id"),
					rs.getLong("dialogue_id")))
			.list();
	}

	Map<NotificationCategory, EmailFrequency> preferences(long accountId) {
		Map<NotificationCategory, EmailFrequency> chosen = new EnumMap<>(NotificationCategory.class);
		for (NotificationCategory category : NotificationCategory.values()) {
			chosen.put(category, category.defaultFrequency());
		}
		this.jdbc.sql("select category, frequency from notification_preference where account_id = ?")
			.param(accountId)
			.query((rs, row) -> Map.entry(rs.getString("category"), rs.getString("frequency")))
			.list()
			.forEach((e) -> {
				try {
					chosen.put(NotificationCategory.valueOf(e.getKey()), EmailFrequency.valueOf(e.getValue()));
				}
				catch (IllegalArgumentException ex) {
					// a category no longer offered
				}
			});
		return chosen;
	}

	void setPreference(long accountId, NotificationCategory category, EmailFrequency frequency) {
		this.jdbc.sql("""
				insert into notification_preference (account_id, category, frequency) values (?, ?, ?)
				on conflict (account_id, category) do update set frequency = excluded.frequency""")
			.params(accountId, category.name(), frequency.name())
			.update();
	}

	int weeklyDay(long accountId) {
		return this.jdbc.sql("select weekly_day from notification_digest where account_id = ?")
			.param(accountId)
			.query(Integer.class)
			.optional()
			.orElse(1);
	}

	void setWeeklyDay(long accountId, int day) {
		this.jdbc.sql("""
				insert into notification_digest (account_id, weekly_day) values (?, ?)
				on conflict (account_id) do update set weekly_day = excluded.weekly_day""")
			.params(accountId, day)
			.update();
	}

	/**
	 * People with notifications that still wait for an email (V134), not yet sent that
	 * digest for the slot.
	 */
	List<Long> digestCandidates(Digest digest, Instant slot, int weekday) {
		String sent = digest.sentColumn();
		String dayRule = (digest == Digest.WEEKLY) ? " and coalesce(d.weekly_day, 1) = " + weekday : "";
		return this.jdbc
			.sql("select distinct n.recipient_id from notification n "
					+ "left join notification_digest d on d.account_id = n.recipient_id where n.email_pending and (d."
					+ sent + " is null or d." + sent + " < ?)" + dayRule + " order by n.recipient_id")
			.param(Timestamp.from(slot))
			.query(Long.class)
			.list();
	}

	/** A notification waiting for an email, with its dialogue. */
	record PendingEmail(InboxEntry entry, long dialogueId) {
	}

	/**
	 * The person's notifications that still wait for an email and are at most as new as
	 * {@code upTo}, oldest first.
	 */
	List<PendingEmail> pendingEmail(long recipientId, Instant upTo) {
		return this.jdbc.sql("""
				select id, dialogue_id, dialogue_slug, dialogue_title, category, kind, subject, detail, path,
				       created_at, read_at is not null as read
				from notification where recipient_id = ? and email_pending and created_at <= ? order by id""")
			.params(recipientId, Timestamp.from(upTo))
			.query((rs,
					row) -> new PendingEmail(new InboxEntry(rs.getLong("id"), rs.getString("dialogue_slug"),
							rs.getString("dialogue_title"), NotificationCategory.valueOf(rs.getString("category")),
							rs.getString("kind"), rs.getString("subject"), rs.getString("detail"), rs.getString("path"),
							rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")),
							rs.getLong("dialogue_id")))
			.list();
	}

	/**
	 * Records that the notifications wait no more: emailed at {@code emailedAt}, or never
	 * to be emailed ({@code null}). One statement (none for no ids).
	 */
	void settleEmail(java.util.Collection<Long> ids, Instant emailedAt) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("update notification set email_pending = false, emailed_at = :at where id in (:ids)")
			.param("at", (emailedAt != null) ? Timestamp.from(emailedAt) : null, java.sql.Types.TIMESTAMP)
			.param("ids", List.copyOf(ids))
			.update();
	}

	/**
	 * Locks the person's digest row (made if missing) unless another instance holds it.
	 * @return the cursor and when that digest was last sent, if locked
	 */
	Optional<DigestState> lockDigest(long accountId, Digest digest) {
		this.jdbc.sql("insert into notification_digest (account_id) values (?) on conflict do nothing")
			.param(accountId)
			.update();
		return this.jdbc
			.sql("select " + digest.cursorColumn() + " as cursor, " + digest.sentColumn()
					+ " as sent from notification_digest where account_id = ? for update skip locked")
			.param(accountId)
			.query((rs, row) -> new DigestState(rs.getLong("cursor"),
					(rs.getTimestamp("sent") != null) ? rs.getTimestamp("sent").toInstant() : null))
			.optional();
	}

	void advanceDigest(long accountId, Digest digest, long cursor, Instant sentAt) {
		this.jdbc
			.sql("update notification_digest set " + digest.cursorColumn() + " = greatest(" + digest.cursorColumn()
					+ ", ?), " + digest.sentColumn() + " = ? where account_id = ?")
			.params(cursor, Timestamp.from(sentAt), accountId)
			.update();
	}

	Optional<String> secret() {
		return this.jdbc.sql("select secret from notification_secret where id = 1").query(String.class).optional();
	}

	void storeSecretOnce(String secret) {
		this.jdbc.sql("insert into notification_secret (id, secret) values (1, ?) on conflict do nothing")
			.param(secret)
			.update();
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** The two digests, each with its own cursor. */
	enum Digest {

		DAILY("daily_cursor", "daily_sent_at"), WEEKLY("weekly_cursor", "weekly_sent_at");

		private final String cursorColumn;

		private final String sentColumn;

		Digest(String cursorColumn, String sentColumn) {
			this.cursorColumn = cursorColumn;
			this.sentColumn = sentColumn;
		}

		String cursorColumn() {
			return this.cursorColumn;
		}

		String sentColumn() {
			return this.sentColumn;
		}

		EmailFrequency frequency() {
			return EmailFrequency.valueOf(name());
		}

	}

	record DigestState(long cursor, Instant sentAt) {
	}

}
