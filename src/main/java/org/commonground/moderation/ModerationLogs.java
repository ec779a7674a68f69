package org.commonground.moderation;

import org.commonground.shared.web.TimeZones;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.commonground.account.Account;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.audit.AuditAction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logs of moderation: a dialogue's public, anonymous log for anyone who may read it,
 * its audit log for its facilitators and admins, the whole audit log for admins.
 */
@Service
@Transactional(readOnly = true)
public class ModerationLogs {

	private final DialogueAccess access;

	private final AccountService accounts;

	private final ModerationSettings settings;

	private final AuditLog audit;

	ModerationLogs(DialogueAccess access, AccountService accounts, ModerationSettings settings, AuditLog audit) {
		this.access = access;
		this.accounts = accounts;
		this.settings = settings;
		this.audit = audit;
	}

	/**
	 * The dialogue's public moderation log, for anyone who may read the dialogue; when
	 * its facilitators turned it off, only they still see the entries.
	 */
	public PublicLog publicLog(String slug, AccountPrincipal viewer, Long before) {
		DialogueView view = this.access.readable(slug, viewer);
		boolean enabled = this.settings.setting(view.dialogue().getId()).isPublicLog();
		if (!enabled && !view.context().facilitates()) {
			return new PublicLog(view, false, List.of(), null);
		}
		AuditPage page = this.audit.page(view, new AuditFilter(null, null, null, null, null, before), null, true);
		List<PublicLog.PublicLogEntry> entries = new ArrayList<>();
		for (AuditEntry e : page.entries()) {
			entries.add(new PublicLog.PublicLogEntry(e.getOccurredAt(), e.getAction().name(), e.getSubjectType(),
					publicReason(e.getReason())));
		}
		return new PublicLog(view, enabled, entries, page.next());
	}

	/**
	 * The actions a dialogue's audit log can hold: all but those recorded on the platform
	 * or an account only.
	 */
	public static final Set<AuditAction> DIALOGUE_ACTIONS = Collections
		.unmodifiableSet(EnumSet.complementOf(EnumSet.of(AuditAction.ACCOUNT_SUSPENDED, AuditAction.ACCOUNT_REACTIVATED,
				AuditAction.ACCOUNT_ROLE_CHANGED, AuditAction.STAKEHOLDER_GROUPS_CHANGED, AuditAction.THEMES_CHANGED,
				AuditAction.EMAIL_RESENT, AuditAction.ACCOUNT_ERASED, AuditAction.API_TOKEN_ISSUED,
				AuditAction.API_TOKEN_REVOKED, AuditAction.ACCOUNT_DATA_HANDED_OVER,
				AuditAction.ACCOUNT_DELETION_REQUESTED, AuditAction.ACCOUNT_DELETION_CANCELLED,
				AuditAction.SMS_NUMBER_FORGOTTEN, AuditAction.SMS_RETRIED)));

	/** The audit log of one dialogue, for its facilitators and admins. */
	public AuditPage audit(String slug, AccountPrincipal viewer, AuditFilter filter) {
		DialogueView view = this.access.facilitated(slug, viewer);
		return this.audit.page(view, filter, null, false);
	}

	/** The whole audit log, for admins, filtered by dialogue and actor too. */
	@PreAuthorize("hasRole('ADMIN')")
	public AuditPage globalAudit(AccountPrincipal viewer, AuditFilter filter) {
		DialogueView dialogue = null;
		if (filter.dialogue() != null && !filter.dialogue().isBlank()) {
			dialogue = this.access.readable(filter.dialogue().strip(), viewer);
		}
		List<Long> actorIds = null;
		if (filter.actor() != null && !filter.actor().isBlank()) {
			actorIds = this.accounts.search(filter.actor(), null, null, null, 0).map(Account::getId).getContent();
		}
		// One zone for every entry, whichever dialogue it is of: UTC, named on the page.
		return this.audit.page(dialogue, TimeZones.DEFAULT, filter, actorIds, false);
	}

	/** Only reason categories go public, never free text. */
	private static String publicReason(String reason) {
		if (reason == null) {
			return null;
		}
		if (ModerationReason.REPORTED.equals(reason)) {
			return reason;
		}
		for (ModerationReason r : ModerationReason.values()) {
			if (r.name().equals(reason)) {
				return reason;
			}
		}
		return null;
	}

}
