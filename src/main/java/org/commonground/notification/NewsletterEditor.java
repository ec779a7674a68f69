package org.commonground.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.Recipient;
import org.commonground.account.StakeholderGroup;
import org.commonground.account.StakeholderGroupService;
import org.commonground.dialogue.Dialogue;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.shared.audit.AuditAction;
import org.commonground.shared.audit.AuditEvent;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and sending issues: facilitators for their dialogue ({@code slug}), admins for
 * the platform ({@code slug} null). Anyone else is told the page does not exist. An issue
 * is a draft until sent; the recipient count is known before sending, a test send goes to
 * the author alone, and sending hands the issue to {@link NewsletterJob}, which queues
 * the emails in batches.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NewsletterEditor {

	/** An issue's text sits right under its subject, the page's h1: its # is an h2. */
	static final int ISSUE_HEADING_SHIFT = 1;

	private final NewsletterStore store;

	private final NewsletterMail mail;

	private final Newsletters newsletters;

	private final DialogueAccess access;

	private final AccountService accounts;

	private final StakeholderGroupService groups;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NewsletterEditor(NewsletterStore store, NewsletterMail mail, Newsletters newsletters, DialogueAccess access,
			AccountService accounts, StakeholderGroupService groups, MarkdownRenderer markdown, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.mail = mail;
		this.newsletters = newsletters;
		this.access = access;
		this.accounts = accounts;
		this.groups = groups;
		this.markdown = markdown;
		this.clock = clock;
	}

	/** What an author writes: Markdown body, the issue's language, an optional group. */
	public record Draft(String subject, String body, String language, String groupCode) {
	}

	/** The issues of a scope, with the size of its whole audience. */
	public record Desk(String slug, String dialogueTitle, List<NewsletterIssue> issues, int subscribers) {
	}

	/**
	 * One issue as its authors see it: {@code recipients} is how many would get a draft
	 * now, how many emails of an issue being sent are queued so far, how many a sent one
	 * went to.
	 */
	public record Edition(String slug, String dialogueTitle, NewsletterIssue issue, String groupCode, int recipients) {
	}

	public Desk desk(String slug, AccountPrincipal viewer) {
		Scope scope = scope(slug, viewer);
		return new Desk(scope.slug(), scope.title(), this.store.issues(scope.dialogueId()), audienceSize(scope, null));
	}

	public Edition edition(String slug, long id, AccountPrincipal viewer) {
		Scope scope = scope(slug, viewer);
		NewsletterIssue issue = issue(scope, id);
		return new Edition(scope.slug(), scope.title(), issue,
				(issue.groupId() != null) ? this.groups.codeOf(issue.groupId()) : null, switch (issue.status()) {
					case DRAFT -> audienceSize(scope, issue.groupId());
					case SENDING -> this.store.queued(issue.id());
					case SENT -> (issue.recipientCount() != null) ? issue.recipientCount() : 0;
				});
	}

	@Transactional
	public long create(String slug, AccountPrincipal viewer, Draft draft) {
		Scope scope = scope(slug, viewer);
		return this.store.insertIssue(scope.dialogueId(), viewer.getId(), draft.subject().strip(), draft.body(),
				this.markdown.toHtml(draft.body(), ISSUE_HEADING_SHIFT), language(draft), groupId(draft),
				this.clock.instant());
	}

	/**
	 * Saves the draft's new text.
	 * @return false if it was sent meanwhile
	 */
	@Transactional
	public boolean update(String slug, long id, AccountPrincipal viewer, Draft draft) {
		Scope scope = scope(slug, viewer);
		issue(scope, id);
		return this.store.updateDraft(id, scope.dialogueId(), draft.subject().strip(), draft.body(),
				this.markdown.toHtml(draft.body(), ISSUE_HEADING_SHIFT), language(draft), groupId(draft),
				this.clock.instant());
	}

	/** Sends the issue to the viewer's own address only, marked as a test. */
	@Transactional
	public void sendTest(String slug, long id, AccountPrincipal viewer) {
		Scope scope = scope(slug, viewer);
		NewsletterIssue issue = issue(scope, id);
		Recipient me = this.accounts.recipient(viewer.getId()).orElseThrow(NotFoundException::new);
		Locale locale = (me.locale() != null) ? me.locale() : SupportedLanguages.DEFAULT;
		this.mail.sendTest(me.accountId(), me.email(), locale, issue,
				this.newsletters.name(scope.dialogueId(), locale));
	}

	/** What became of a request to send an issue. */
	public enum Sending {

		/** The batch job will queue the emails. */
		STARTED,
		/** It had been sent already. */
		NOT_DRAFT,
		/** Nobody would receive it: it stays a draft. */
		NO_AUDIENCE

	}

	/**
	 * Sends the draft to its audience: the batch job queues the emails. A draft that
	 * nobody would receive is not sent (it would be archived as sent to 0 recipients).
	 */
	@Transactional
	public Sending send(String slug, long id, AccountPrincipal viewer) {
		Scope scope = scope(slug, viewer);
		NewsletterIssue issue = issue(scope, id);
		if (!issue.isDraft()) {
			return Sending.NOT_DRAFT;
		}
		if (audienceSize(scope, issue.groupId()) == 0) {
			return Sending.NO_AUDIENCE;
		}
		if (!this.store.startSending(id, scope.dialogueId(), this.clock.instant())) {
			return Sending.NOT_DRAFT;
		}
		// Who sent which issue to everyone: the audit log of the dialogue, or the
		// platform's for the platform's newsletter.
		this.events.publishEvent(new AuditEvent(viewer.getId(), AuditAction.NEWSLETTER_SENT,
				(scope.dialogueId() != 0) ? scope.dialogueId() : null, "NEWSLETTER", id, null, null, issue.subject()));
		return Sending.STARTED;
	}

	private NewsletterIssue issue(Scope scope, long id) {
		return this.store.issue(id, scope.dialogueId()).orElseThrow(NotFoundException::new);
	}

	private Long groupId(Draft draft) {
		return (draft.groupCode() == null || draft.groupCode().isBlank()) ? null
				: this.groups.findActive(draft.groupCode()).map(StakeholderGroup::getId).orElse(null);
	}

	private static String language(Draft draft) {
		return SupportedLanguages.isSupported(draft.language()) ? draft.language()
				: SupportedLanguages.DEFAULT.getLanguage();
	}

	private Scope scope(String slug, AccountPrincipal viewer) {
		if (slug == null) {
			if (viewer == null || !viewer.isAdmin()) {
				throw new NotFoundException();
			}
			return new Scope(0, null, null, false);
		}
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		return new Scope(dialogue.getId(), dialogue.getSlug(), dialogue.getTitle(),
				!DialogueAccess.readableByAnyone(dialogue));
	}

	/**
	 * Who would get an issue now: the confirmed subscribers, and of a dialogue that not
	 * everyone may read only those whose account may read it.
	 */
	private int audienceSize(Scope scope, Long groupId) {
		if (scope.readersOnly()) {
			return this.newsletters.mayReceive(scope.dialogueId(), this.store.audience(scope.dialogueId(), groupId))
				.size();
		}
		return this.store.audienceSize(scope.dialogueId(), groupId);
	}

	private record Scope(long dialogueId, String slug, String title, boolean readersOnly) {
	}

}
