package org.commonground.sms;

import java.time.Instant;

/** One question, group and stance with its count (no group and stance: no reply yet). */
record SmsQuestionRow(long id, int version, String paragraphKey, String text, Instant sentAt, Long groupId,
		String stance, long count) {
}
