package org.commonground.notification;

import org.commonground.moderation.NoticeEmails;

import org.springframework.stereotype.Component;

/**
 * Moderation emails its notices itself ({@link NotificationCategory#MODERATION}): only to
 * those whose setting for the category is "right away".
 */
@Component
class ModerationNoticeEmails implements NoticeEmails {

	private final NotificationStore store;

	ModerationNoticeEmails(NotificationStore store) {
		this.store = store;
	}

	@Override
	public boolean immediate(long accountId) {
		return this.store.preferences(accountId).get(NotificationCategory.MODERATION) == EmailFrequency.IMMEDIATE;
	}

}
