package org.commonground.sms;

import java.time.Instant;

/**
 * One dialogue a phone number takes or took part in, for an admin answering the person's
 * request for their data or its deletion.
 *
 * @param dialogue the dialogue's title
 * @param step where its joining exchange stands ({@code GROUP}, {@code DISTRICT},
 * {@code CONSENT}, {@code ACTIVE})
 * @param accountId the offline account its texts and stances are kept under, or
 * {@code null} if it never consented (then only the number, language and district are
 * kept, and {@code STOP} ends it)
 * @param deletionDue when the account's deletion, already asked for, will be carried out
 */
public record SmsPerson(long participantId, String dialogue, String language, String step, boolean optedOut,
		Instant since, Long accountId, Instant deletionDue) {
}
