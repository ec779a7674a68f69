package org.commonground.sms;

import java.time.Instant;

/**
 * One dialogue a phone number takes or took part in, as the store holds it.
 *
 * @param accountId the offline account it acts through, once it consented
 */
record SmsPersonRow(long participantId, long dialogueId, String language, SmsParticipant.Step step, boolean optedOut,
		Instant since, Long accountId) {
}
