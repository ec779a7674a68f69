package org.commonground.moderation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;

class AuditEntryStatementsImpl implements AuditEntryStatements {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public void insert(AuditEvent event, String note, Instant at) {
		this.entityManager.createNativeQuery("""
				insert into audit_entry (occurred_at, actor_id, action, dialogue_id, subject_type, subject_id,
				                         subject_account_id, reason, note)
				values (:at, cast(:actor as bigint), :action, cast(:dialogue as bigint), cast(:subjectType as varchar),
				        cast(:subjectId as bigint), cast(:subjectAccount as bigint), cast(:reason as varchar),
				        cast(:note as varchar))""")
			.setParameter("at", at)
			.setParameter("actor", event.actorId())
			.setParameter("action", event.action().name())
			.setParameter("dialogue", event.dialogueId())
			.setParameter("subjectType", event.subjectType())
			.setParameter("subjectId", event.subjectId())
			.setParameter("subjectAccount", event.subjectAccountId())
			.setParameter("reason", event.reason())
			.setParameter("note", note)
			.executeUpdate();
	}

	@Override
	public List<AuditEntry> search(Long dialogueId, AuditFilter filter, ZoneId zone, List<Long> actorIds,
			boolean publicOnly, int limit) {
		StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
		Map<String, Object> parameters = new HashMap<>();
		if (dialogueId != null) {
			jpql.append(" and e.dialogueId = :dialogueId");
			parameters.put("dialogueId", dialogueId);
		}
		if (publicOnly) {
			List<AuditAction> shown = new ArrayList<>();
			for (AuditAction action : AuditAction.values()) {
				if (action.publicInLog()) {
					shown.add(action);
				}
			}
			jpql.append(" and e.action in :publicActions");
			parameters.put("publicActions", shown);
		}
		if (filter.action() != null) {
			jpql.append(" and e.action = :action");
			parameters.put("action", filter.action());
		}
		if (actorIds != null) {
			jpql.append(" and e.actorId in :actorIds");
			parameters.put("actorIds", actorIds.isEmpty() ? List.of(-1L) : actorIds);
		}
		if (filter.from() != null) {
			jpql.append(" and e.occurredAt >= :from");
			parameters.put("from", filter.from().atStartOfDay(zone).toInstant());
		}
		if (filter.to() != null) {
			jpql.append(" and e.occurredAt < :to");
			parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
		}
		if (filter.before() != null) {
			jpql.append(" and e.id < :before");
			parameters.put("before", filter.before());
		}
		jpql.append(" order by e.id desc");
		TypedQuery<AuditEntry> query = this.entityManager.createQuery(jpql.toString(), AuditEntry.class);
		parameters.forEach(query::setParameter);
		return query.setMaxResults(limit).getResultList();
	}

}
