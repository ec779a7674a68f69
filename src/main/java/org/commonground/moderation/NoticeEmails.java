package org.commonground.moderation;

/**
 * Whether an author wants moderation's notices (hidden, restored, published, review
 * decided) by email right away. The notification module keeps people's email settings and
 * answers; without it, every notice is emailed.
 */
public interface NoticeEmails {

	boolean immediate(long accountId);

}
