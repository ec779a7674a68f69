package org.commonground.notification;

import java.util.Locale;

import org.commonground.moderation.NoticeEmails;

import org.springframework.stereotype.Component;

/**
 * Moderation emails its notices itself ({@link NotificationCategory#MODERATION}): only to
 * those whose setting for the category is "right away", each ending with the link to the
 * settings and a one-click unsubscribe link, with the {@code List-Unsubscribe} headers,
 * as the module's own notification emails.
 */
@Component
class ModerationNoticeEmails implements NoticeEmails {

	private final NotificationStore store;

	private final NotificationMail mail;

	ModerationNoticeEmails(NotificationStore store, NotificationMail mail) {
		this.store = store;
		this.mail = mail;
	}

	@Override
	public boolean immediate(long accountId) {
		return this.store.preferences(accountId).get(NotificationCategory.MODERATION) == EmailFrequency.IMMEDIATE;
	}

	@Override
	public Footer footer(long accountId, Locale locale) {
		return this.mail.moderationFooter(accountId, locale);
	}

}
