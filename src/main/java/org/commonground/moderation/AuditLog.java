package org.commonground.moderation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.commonground.account.Account;
import org.commonground.account.AccountService;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of moderation and administrative actions. Entries are written in
 * the transaction of the action they record (a call outside one fails), so an action and
 * its entry are stored together or not at all.
 */
@Component
class AuditLog {

	private static final int NOTE_LENGTH = 2000;

	private final AccountService accounts;

	private final DialogueService dialogues;

	private final ModerationProperties properties;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	AuditLog(AccountService accounts, DialogueService dialogues, ModerationProperties properties, Clock clock) {
		this.accounts = accounts;
		this.dialogues = dialogues;
		this.properties = properties;
		this.clock = clock;
	}

	/** Records an action another module published. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(AuditEvent event) {
		record(event);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		String note = (event.note() != null && event.note().length() > NOTE_LENGTH)
				? event.note().substring(0, NOTE_LENGTH) : event.note();
		this.entityManager.createNativeQuery("""
				insert into audit_entry (occurred_at, actor_id, action, dialogue_id, subject_type, subject_id,
				                         subject_account_id, reason, note)
				values (:at, cast(:actor as bigint), :action, cast(:dialogue as bigint), cast(:subjectType as varchar),
				        cast(:subjectId as bigint), cast(:subjectAccount as bigint), cast(:reason as varchar),
				        cast(:note as varchar))""")
			.setParameter("at", this.clock.instant())
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

	/**
	 * One page of entries, newest first.
	 * @param view only this dialogue's entries, or every entry when {@code null}
	 * @param actorIds only entries by these people, or anyone's when {@code null}
	 * @param publicOnly only the actions of the public moderation log
	 */
	@Transactional(readOnly = true)
	public AuditPage page(DialogueView view, AuditFilter filter, List<Long> actorIds, boolean publicOnly) {
		Long dialogueId = (view != null) ? view.dialogue().getId() : null;
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
			parameters.put("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		if (filter.to() != null) {
			jpql.append(" and e.occurredAt < :to");
			parameters.put("to", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		}
		if (filter.before() != null) {
			jpql.append(" and e.id < :before");
			parameters.put("before", filter.before());
		}
		jpql.append(" order by e.id desc");
		TypedQuery<AuditEntry> query = this.entityManager.createQuery(jpql.toString(), AuditEntry.class);
		parameters.forEach(query::setParameter);
		int size = this.properties.auditPageSize();
		List<AuditEntry> entries = query.setMaxResults(size + 1).getResultList();
		Long next = null;
		if (entries.size() > size) {
			entries = entries.subList(0, size);
			next = entries.get(size - 1).getId();
		}
		Map<Long, Account> people = Map.of();
		Map<Long, Dialogue> named = Map.of();
		if (!publicOnly) {
			Set<Long> accountIds = new LinkedHashSet<>();
			Set<Long> dialogueIds = new LinkedHashSet<>();
			for (AuditEntry e : entries) {
				if (e.getActorId() != null) {
					accountIds.add(e.getActorId());
				}
				if (e.getSubjectAccountId() != null) {
					accountIds.add(e.getSubjectAccountId());
				}
				if (e.getDialogueId() != null) {
					dialogueIds.add(e.getDialogueId());
				}
			}
			people = this.accounts.byIds(accountIds);
			named = this.dialogues.byIds(dialogueIds);
		}
		return new AuditPage(view, entries, people, named, filter, next);
	}

}
