package org.commonground.notification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.commonground.mail.MailMessage;
import org.commonground.mail.MailService;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the newsletter's emails: the confirmation of a sign-up, an issue for a
 * subscriber, and an issue's test send to its author. Plain text first with an HTML
 * alternative; the text around the issue is in the subscriber's language, the issue as
 * its author wrote it. Every issue carries a one-click unsubscribe link and the RFC 8058
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers. Messages are queued
 * in the caller's transaction.
 */
@Component
class NewsletterMail {

	static final String UNSUBSCRIBE = "NEWSLETTER";

	private final MailService mail;

	private final MessageSource messages;

	private final UnsubscribeTokens tokens;

	private final NewsletterProperties properties;

	NewsletterMail(MailService mail, MessageSource messages, UnsubscribeTokens tokens,
			NewsletterProperties properties) {
		this.mail = mail;
		this.messages = messages;
		this.tokens = tokens;
		this.properties = properties;
	}

	/**
	 * Asks the address to confirm, with a greeting and how long the link works; the link
	 * opens a page whose button confirms.
	 */
	void sendConfirmation(NewsletterStore.Subscriber to, String newsletterName, String confirmToken) {
		Locale locale = localeOf(to.language());
		String link = url("/newsletter/confirm?token=" + confirmToken);
		String subject = msg("newsletter.email.confirm.subject", locale, newsletterName);
		String greeting = msg("newsletter.email.greeting", locale);
		String text = msg("newsletter.email.confirm.text", locale, newsletterName);
		java.time.Duration validity = this.properties.confirmValidity();
		String expiry = (validity.toDays() >= 1) ? msg("newsletter.email.confirm.expiry", locale, validity.toDays())
				: msg("newsletter.email.confirm.expiry.hours", locale, Math.max(1, validity.toHours()));
		String ignore = msg("newsletter.email.confirm.ignore", locale);
		String plain = greeting + "\n\n" + text + "\n\n" + link + "\n\n" + expiry + "\n\n" + ignore + "\n";
		String html = open(locale) + "<p>" + escape(greeting) + "</p>\n<p>" + escape(text) + "</p>\n<p><a href=\""
				+ escape(link) + "\">" + escape(msg("newsletter.email.confirm.button", locale)) + "</a></p>\n<p>"
				+ escape(expiry) + "</p>\n<p>" + escape(ignore) + "</p>\n</body></html>\n";
		this.mail.send(new MailMessage(to.email(), cut(subject), plain, html, Map.of()));
	}

	/** The issue, for one subscriber, with their unsubscribe link. */
	void sendIssue(NewsletterStore.Subscriber to, NewsletterIssue issue, String newsletterName, String archivePath) {
		Locale locale = localeOf(to.language());
		String unsubscribe = url("/newsletter/unsubscribe?token=" + this.tokens.signSubscriber(to.id(), UNSUBSCRIBE));
		String why = msg("newsletter.email.why", locale, newsletterName);
		String stop = msg("newsletter.email.unsubscribe", locale);
		String archive = msg("newsletter.email.archive", locale);
		// "Read online: <link>", with the language's own space before the colon.
		String plain = issue.bodySource().strip() + "\n\n--\n" + why + "\n"
				+ msg("newsletter.email.link", locale, archive, url(archivePath)) + "\n"
				+ msg("newsletter.email.link", locale, stop, unsubscribe) + "\n";
		String html = open(locale) + body(issue) + "<hr><p>" + escape(why) + "</p>\n<p><a href=\""
				+ escape(url(archivePath)) + "\">" + escape(archive) + "</a> · <a href=\"" + escape(unsubscribe) + "\">"
				+ escape(stop) + "</a></p>\n</body></html>\n";
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		this.mail.send(new MailMessage(to.email(), cut(issue.subject()), plain, html, headers));
	}

	/** The issue as subscribers will see it, to its author only, marked as a test. */
	void sendTest(long accountId, String email, Locale locale, NewsletterIssue issue, String newsletterName) {
		String note = msg("newsletter.email.test-note", locale, newsletterName);
		String plain = note + "\n\n" + issue.bodySource().strip() + "\n";
		String html = open(locale) + "<p><em>" + escape(note) + "</em></p>\n" + body(issue) + "</body></html>\n";
		this.mail.send(new MailMessage(accountId, email,
				cut(msg("newsletter.email.test-subject", locale, issue.subject())), plain, html, Map.of()));
	}

	static Locale localeOf(String language) {
		Locale locale = SupportedLanguages.toLocale(language);
		return (locale != null) ? locale : SupportedLanguages.DEFAULT;
	}

	private static String body(NewsletterIssue issue) {
		return "<div lang=\"" + escape(issue.language()) + "\">\n" + issue.bodyHtml() + "\n</div>\n";
	}

	private static String open(Locale locale) {
		return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body>\n";
	}

	private static String cut(String subject) {
		return (subject.length() > 200) ? subject.substring(0, 199) + "…" : subject;
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
