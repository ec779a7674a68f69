package org.commonground.moderation;

import java.util.Locale;

import org.commonground.account.AccountService;
import org.commonground.account.Recipient;
import org.commonground.mail.MailMessage;
import org.commonground.mail.MailService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells authors by email, in their language, what moderation did to their contribution
 * and why, when their email settings ask for moderation notices right away (otherwise the
 * notification module lists them in the digest, or only in the inbox). Messages name no
 * moderator.
 */
@Component
class ModerationNotices {

	private final MailService mail;

	private final MessageSource messages;

	private final AccountService accounts;

	private final ObjectProvider<NoticeEmails> wanted;

	ModerationNotices(MailService mail, MessageSource messages, AccountService accounts,
			ObjectProvider<NoticeEmails> wanted) {
		this.mail = mail;
		this.wanted = wanted;
		this.messages = messages;
		this.accounts = accounts;
	}

	void hidden(ContributionRef ref, String reason, String note) {
		Recipient author = recipient(ref);
		if (author == null) {
			return;
		}
		Locale locale = author.locale();
		String reasonText = this.messages.getMessage("moderation.reason." + reason, null, locale);
		String noteText = (note != null)
				? this.messages.getMessage("mail.moderation.note", new Object[] { note }, locale) : "";
		// Others see a placeholder where a comment was; a hidden challenge is gone for
		// them.
		String others = this.messages.getMessage("mail.moderation.hidden.others." + ref.item().type(), null, locale);
		send(author, "mail.moderation.hidden", locale, author.displayName(),
				ref.view().dialogue().text(locale.getLanguage()).getTitle(), reasonText, noteText, link(ref),
				reviewLink(ref), others);
	}

	void approved(ContributionRef ref) {
		Recipient author = recipient(ref);
		if (author == null) {
			return;
		}
		Locale locale = author.locale();
		send(author, "mail.moderation.approved." + ref.item().type(), locale, author.displayName(),
				ref.view().dialogue().text(locale.getLanguage()).getTitle(), ref.item().label(), link(ref));
	}

	void restored(ContributionRef ref) {
		Recipient author = recipient(ref);
		if (author == null) {
			return;
		}
		Locale locale = author.locale();
		send(author, "mail.moderation.restored", locale, author.displayName(),
				ref.view().dialogue().text(locale.getLanguage()).getTitle(), link(ref));
	}

	void reviewed(ContributionRef ref, boolean restored, String note) {
		Recipient author = recipient(ref);
		if (author == null) {
			return;
		}
		Locale locale = author.locale();
		String noteText = (note != null)
				? this.messages.getMessage("mail.moderation.note", new Object[] { note }, locale) : "";
		send(author, restored ? "mail.moderation.review-restored" : "mail.moderation.review-kept", locale,
				author.displayName(), ref.view().dialogue().text(locale.getLanguage()).getTitle(), noteText, link(ref));
	}

	private void send(Recipient author, String key, Locale locale, Object... args) {
		String subject = this.messages.getMessage(key + ".subject", null, locale);
		String body = this.messages.getMessage(key + ".body", args, locale);
		// The settings and one-click unsubscribe links, as every notification email has.
		NoticeEmails settings = this.wanted.getIfAvailable();
		NoticeEmails.Footer footer = (settings != null) ? settings.footer(author.accountId(), locale)
				: NoticeEmails.Footer.NONE;
		String text = footer.text().isEmpty() ? body : body.stripTrailing() + "\n\n" + footer.text();
		this.mail.send(new MailMessage(author.accountId(), author.email(), subject, text, null, footer.headers()));
	}

	/** The author to email, or {@code null} for none (gone, or not wanting it now). */
	private Recipient recipient(ContributionRef ref) {
		NoticeEmails settings = this.wanted.getIfAvailable();
		if (settings != null && !settings.immediate(ref.item().authorId())) {
			return null;
		}
		return this.accounts.recipient(ref.item().authorId()).orElse(null);
	}

	private String link(ContributionRef ref) {
		return this.mail.baseUrl() + ref.path();
	}

	private String reviewLink(ContributionRef ref) {
		return this.mail.baseUrl() + ref.path() + "/review";
	}

}
