package org.commonground.moderation;

import java.time.ZoneId;

import java.time.Instant;
import java.util.List;

import org.commonground.shared.audit.AuditEvent;

/** The audit log's insert and its filtered search, built from the filters given. */
interface AuditEntryStatements {

	void insert(AuditEvent event, String note, Instant at);

	/**
	 * Entries newest first.
	 * @param dialogueId only this dialogue's entries, or every entry when {@code null}
	 * @param actorIds only entries by these people, or anyone's when {@code null}
	 * @param publicOnly only the actions of the public moderation log
	 */
	List<AuditEntry> search(Long dialogueId, AuditFilter filter, ZoneId zone, List<Long> actorIds, boolean publicOnly,
			int limit);

}
