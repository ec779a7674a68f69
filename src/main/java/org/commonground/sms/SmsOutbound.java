package org.commonground.sms;

import java.time.Instant;

/**
 * A message sent or to be sent.
 *
 * @param status QUEUED, SENT, FAILED, CANCELLED (opted out) or OVER_BUDGET
 * @param optedOut whether its recipient has opted out since it was queued
 */
public record SmsOutbound(long id, Long dialogueId, String phoneCipher, String body, int segments, String status,
		int attempts, String lastError, Instant createdAt, Instant sentAt, boolean optedOut) {
}
