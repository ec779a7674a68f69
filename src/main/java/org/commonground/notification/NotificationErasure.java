package org.commonground.notification;

import org.commonground.account.AccountErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an account is erased, this module forgets what it keeps about the person, in the
 * purge's transaction: their newsletter subscriptions (kept by email address, with their
 * consent records and deliveries), what they follow, their email settings and digest
 * cursor, and their inbox.
 */
@Component
class NotificationErasure {

	private final JdbcClient jdbc;

	NotificationErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void accountErased(AccountErased event) {
		// Consents and deliveries go with their subscriber (ON DELETE CASCADE).
		this.jdbc.sql("delete from newsletter_subscriber where lower(email) = lower(:email)")
			.param("email", event.email())
			.update();
		long id = event.accountId();
		this.jdbc.sql("delete from notification_follow where account_id = :id").param("id", id).update();
		this.jdbc.sql("delete from notification_preference where account_id = :id").param("id", id).update();
		this.jdbc.sql("delete from notification_digest where account_id = :id").param("id", id).update();
		this.jdbc.sql("delete from notification where recipient_id = :id").param("id", id).update();
	}

}
