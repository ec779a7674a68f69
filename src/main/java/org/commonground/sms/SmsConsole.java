package org.commonground.sms;

import java.time.Instant;
import java.util.List;

/** The admin console's SMS section. */
public record SmsConsole(String gateway, boolean configured, List<StatusCount> counts, List<Failed> failed) {

	public record StatusCount(String status, long messages, long segments) {
	}

	public record Failed(long id, String dialogue, String phone, String body, int segments, int attempts, String error,
			Instant createdAt) {
	}

}
