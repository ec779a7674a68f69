package org.commonground.notification;

import java.util.List;
import java.util.Map;

import org.commonground.account.AccountService;
import org.commonground.account.PersonalDataArchive;
import org.commonground.account.PersonalDataSource;
import org.commonground.account.Recipient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the notification module keeps about a person, for their data archive: their inbox,
 * what they follow, their email settings and digest schedule, and their newsletter
 * subscriptions (kept by email address) with the consent records of each step (the text
 * they were shown, in the language shown). The same tables {@link NotificationErasure}
 * empties when the account is erased.
 */
@Component
class NotificationPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final AccountService accounts;

	NotificationPersonalData(JdbcClient jdbc, AccountService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public void write(long accountId, PersonalDataArchive archive) {
		Map<String, Object> account = Map.of("id", accountId);
		archive.table(
				this.jdbc, "notifications", List.of("id", "dialogue_id", "category", "kind", "subject", "detail",
						"reason", "path", "created_at", "read_at"),
				"FROM notification WHERE recipient_id = :id ORDER BY id", account);
		archive.table(this.jdbc, "follows", List.of("target_type", "target_id", "dialogue_id", "created_at"),
				"FROM notification_follow WHERE account_id = :id ORDER BY created_at, target_type, target_id", account);
		archive.table(this.jdbc, "email_settings", List.of("category", "frequency"),
				"FROM notification_preference WHERE account_id = :id ORDER BY category", account);
		archive.table(this.jdbc, "digest_schedule", List.of("weekly_day", "daily_sent_at", "weekly_sent_at"),
				"FROM notification_digest WHERE account_id = :id", account);
		String email = this.accounts.recipient(accountId).map(Recipient::email).orElse("");
		Map<String, Object> address = Map.of("email", email);
		archive.table(this.jdbc, "newsletter_subscriptions",
				List.of("id", "dialogue_id", "language", "stakeholder_group_id", "status", "created_at", "confirmed_at",
						"unsubscribed_at"),
				"FROM newsletter_subscriber WHERE lower(email) = lower(:email) ORDER BY id", address);
		archive.table(this.jdbc, "newsletter_consents",
				List.of("subscriber_id", "step", "text_key", "text_shown", "language", "created_at"),
				"FROM newsletter_consent WHERE subscriber_id IN "
						+ "(SELECT id FROM newsletter_subscriber WHERE lower(email) = lower(:email)) ORDER BY id",
				address);
	}

}
