package org.commonground.moderation;

import java.time.ZoneId;
import org.commonground.shared.web.TimeZones;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonground.account.Account;
import org.commonground.account.AccountService;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
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

	private final AuditEntryRepository entries;

	private final AccountService accounts;

	private final DialogueService dialogues;

	private final ModerationProperties properties;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, AccountService accounts, DialogueService dialogues,
			ModerationProperties properties, Clock clock) {
		this.entries = entries;
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
		this.entries.insert(event, note, this.clock.instant());
	}

	/** Records a moderation action on a contribution, naming its author. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Long actorId, AuditAction action, ModeratedItem item, String reason, String note) {
		record(new AuditEvent(actorId, action, item.dialogueId(), item.type(), item.id(), item.authorId(), reason,
				note));
	}

	/** Earlier actions on one contribution, newest first, one page. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String type, long id) {
		return this.entries.findHistory(type, id, Limit.of(this.properties.auditPageSize()));
	}

	/**
	 * One page of entries, newest first.
	 * @param view only this dialogue's entries, or every entry when {@code null}
	 * @param actorIds only entries by these people, or anyone's when {@code null}
	 * @param publicOnly only the actions of the public moderation log
	 */
	@Transactional(readOnly = true)
	public AuditPage page(DialogueView view, AuditFilter filter, List<Long> actorIds, boolean publicOnly) {
		return page(view, (view != null) ? view.zone() : TimeZones.DEFAULT, filter, actorIds, publicOnly);
	}

	/**
	 * One page of entries, newest first, with its times and its filter's days in the
	 * given zone.
	 * @param zone the zone the page shows its times in and reads the From and To days in
	 */
	@Transactional(readOnly = true)
	public AuditPage page(DialogueView view, ZoneId zone, AuditFilter filter, List<Long> actorIds, boolean publicOnly) {
		Long dialogueId = (view != null) ? view.dialogue().getId() : null;
		int size = this.properties.auditPageSize();
		List<AuditEntry> found = this.entries.search(dialogueId, filter, zone, actorIds, publicOnly, size + 1);
		Long next = null;
		if (found.size() > size) {
			found = found.subList(0, size);
			next = found.get(size - 1).getId();
		}
		Map<Long, Account> people = Map.of();
		Map<Long, Dialogue> named = Map.of();
		if (!publicOnly) {
			Set<Long> accountIds = new LinkedHashSet<>();
			Set<Long> dialogueIds = new LinkedHashSet<>();
			for (AuditEntry e : found) {
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
		return new AuditPage(view, zone, found, people, named, filter, next);
	}

}
