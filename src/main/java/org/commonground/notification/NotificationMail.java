package org.commonground.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.Recipient;
import org.commonground.dialogue.DialogueText;
import org.commonground.mail.MailMessage;
import org.commonground.mail.MailService;
import org.commonground.meeting.MeetingPlan;
import org.commonground.moderation.NoticeEmails;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes notification emails in the recipient's language: one notification right away, or
 * a digest with one section per dialogue. Plain text first with an HTML alternative;
 * every message carries a link to the settings, a one-click unsubscribe link for what it
 * is about, and the RFC 8058 {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}
 * headers. Messages are queued in the caller's transaction.
 */
@Component
class NotificationMail {

	private final MailService mail;

	private final MessageSource messages;

	private final EmailPreferences preferences;

	NotificationMail(MailService mail, MessageSource messages, EmailPreferences preferences) {
		this.mail = mail;
		this.messages = messages;
		this.preferences = preferences;
	}

	void sendNow(Recipient to, InboxEntry entry) {
		sendNow(to, entry, null, null);
	}

	/**
	 * One notification right away; one about a meeting ({@code meeting} not {@code null})
	 * says when (in the meeting's zone, named in the reader's language) and where; a
	 * {@code reason} (a cancelled meeting's, a declined suggestion's) is given after it.
	 */
	void sendNow(Recipient to, InboxEntry entry, MeetingPlan meeting, String reason) {
		Locale locale = to.locale();
		String token = this.preferences.tokenFor(to.accountId(), entry.category());
		String text = text(entry, locale);
		String subject = msg("notification.email.subject", locale, entry.dialogueTitle(), text);
		StringBuilder plain = new StringBuilder();
		StringBuilder html = new StringBuilder();
		greet(to, locale, plain, html);
		plain.append(text).append('\n').append(url(entry.path())).append("\n\n");
		html.append("<p><a href=\"")
			.append(escape(url(entry.path())))
			.append("\">")
			.append(escape(text))
			.append("</a></p>\n");
		List<String[]> facts = new ArrayList<>();
		if (meeting != null) {
			facts.add(new String[] { msg("notification.email.meeting.when", locale),
					MeetingTimes.describe(meeting, locale) });
			if (meeting.place() != null && !meeting.place().isBlank()) {
				facts.add(new String[] { msg("notification.email.meeting.where", locale), meeting.place() });
			}
		}
		if (reason != null && !reason.isBlank()) {
			facts.add(new String[] { msg("notification.email.meeting.reason", locale), reason });
		}
		if (!facts.isEmpty()) {
			html.append("<dl>\n");
			for (String[] fact : facts) {
				plain.append(fact[0]).append(' ').append(fact[1]).append('\n');
				html.append("<dt>")
					.append(escape(fact[0]))
					.append("</dt><dd>")
					.append(escape(fact[1]))
					.append("</dd>\n");
			}
			plain.append('\n');
			html.append("</dl>\n");
		}
		footer(locale, token, "notification.email.unsubscribe." + entry.category(), plain, html);
		this.mail.send(message(to, subject, plain, html, token));
	}

	/**
	 * A digest of the entries (at least one), one section per dialogue, headed by its
	 * title in the recipient's language where translated ({@code titles}, by slug; the
	 * title the notification was stored with where absent).
	 */
	void sendDigest(Recipient to, EmailFrequency frequency, List<InboxEntry> entries,
			Map<String, DialogueText> titles) {
		Locale locale = to.locale();
		String token = this.preferences.tokenForDigest(to.accountId(), frequency);
		String subject = msg("notification.digest.subject." + frequency, locale, entries.size());
		StringBuilder plain = new StringBuilder();
		StringBuilder html = new StringBuilder();
		greet(to, locale, plain, html);
		String intro = msg("notification.digest.intro." + frequency, locale, entries.size());
		plain.append(intro).append("\n\n");
		html.append("<p>").append(escape(intro)).append("</p>\n");
		Map<String, List<InboxEntry>> byDialogue = new LinkedHashMap<>();
		for (InboxEntry entry : entries) {
			byDialogue.computeIfAbsent(entry.dialogueSlug(), (slug) -> new ArrayList<>()).add(entry);
		}
		byDialogue.forEach((slug, items) -> {
			DialogueText shown = titles.get(slug);
			String title = (shown != null) ? shown.getTitle() : items.get(0).dialogueTitle();
			// A title in another language than the message's is marked with its own.
			String lang = (shown != null && !shown.getLanguage().equals(locale.getLanguage()))
					? " lang=\"" + escape(shown.getLanguage()) + "\"" : "";
			plain.append(title).append('\n').append("=".repeat(Math.min(title.length(), 70))).append('\n');
			html.append("<h2").append(lang).append('>').append(escape(title)).append("</h2>\n<ul>\n");
			for (InboxEntry item : items) {
				String text = text(item, locale);
				plain.append("- ").append(text).append("\n  ").append(url(item.path())).append('\n');
				html.append("<li><a href=\"")
					.append(escape(url(item.path())))
					.append("\">")
					.append(escape(text))
					.append("</a></li>\n");
			}
			plain.append('\n');
			html.append("</ul>\n");
		});
		footer(locale, token, "notification.email.unsubscribe.digest." + frequency, plain, html);
		this.mail.send(message(to, subject, plain, html, token));
	}

	String text(InboxEntry entry, Locale locale) {
		String detail = (entry.detail() == null) ? "" : MeetingTimes.isTime(entry.detail())
				? MeetingTimes.describe(entry.detail(), locale) : msg("notification.detail." + entry.detail(), locale);
		return msg(entry.messageKey(), locale, entry.subject(), detail);
	}

	private void greet(Recipient to, Locale locale, StringBuilder plain, StringBuilder html) {
		String greeting = msg("notification.email.greeting", locale, to.displayName());
		plain.append(greeting).append("\n\n");
		html.append("<!DOCTYPE html><html lang=\"")
			.append(locale.getLanguage())
			.append("\"><body>\n<p>")
			.append(escape(greeting))
			.append("</p>\n");
	}

	private void footer(Locale locale, String token, String unsubscribeKey, StringBuilder plain, StringBuilder html) {
		String settings = msg("notification.email.settings", locale);
		String unsubscribe = msg(unsubscribeKey, locale);
		// "Label: link", the colon as the language writes it (a no-break space before it
		// in French).
		plain.append("--\n")
			.append(msg("notification.email.link-line", locale, settings, url("/account/notifications")))
			.append('\n')
			.append(msg("notification.email.link-line", locale, unsubscribe, unsubscribeUrl(token)))
			.append('\n');
		html.append("<hr><p><a href=\"")
			.append(escape(url("/account/notifications")))
			.append("\">")
			.append(escape(settings))
			.append("</a> · <a href=\"")
			.append(escape(unsubscribeUrl(token)))
			.append("\">")
			.append(escape(unsubscribe))
			.append("</a></p>\n</body></html>\n");
	}

	/**
	 * The plain-text end of a moderation notice (which the moderation module writes) to
	 * the account, and its headers: the same links and headers as the module's own
	 * emails.
	 */
	NoticeEmails.Footer moderationFooter(long accountId, Locale locale) {
		String token = this.preferences.tokenFor(accountId, NotificationCategory.MODERATION);
		StringBuilder plain = new StringBuilder();
		footer(locale, token, "notification.email.unsubscribe." + NotificationCategory.MODERATION, plain,
				new StringBuilder());
		return new NoticeEmails.Footer(plain.toString(), unsubscribeHeaders(token));
	}

	private Map<String, String> unsubscribeHeaders(String token) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribeUrl(token) + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return headers;
	}

	private MailMessage message(Recipient to, String subject, StringBuilder plain, StringBuilder html, String token) {
		Map<String, String> headers = unsubscribeHeaders(token);
		return new MailMessage(to.accountId(), to.email(),
				(subject.length() > 200) ? subject.substring(0, 199) + "…" : subject, plain.toString(), html.toString(),
				headers);
	}

	private String unsubscribeUrl(String token) {
		return url("/unsubscribe?token=" + token);
	}

	private String url(String path) {
		return this.mail.baseUrl() + path;
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
