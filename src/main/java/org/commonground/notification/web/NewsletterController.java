package org.commonground.notification.web;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.commonground.account.AccountPrincipal;
import org.commonground.account.AccountService;
import org.commonground.account.StakeholderGroupService;
import org.commonground.notification.NewsletterIssue;
import org.commonground.notification.Newsletters;
import org.commonground.shared.web.Atom;
import org.commonground.shared.web.Option;
import org.commonground.shared.web.PreferenceLocaleResolver;
import org.commonground.shared.web.RateLimitExceededException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The newsletter for its readers: sign-up (from the footer, the platform's newsletter
 * page or a dialogue's), the confirmation and unsubscribe pages (a link only opens a
 * page; its button, a POST, acts, so that mail scanners fetching links change nothing),
 * and the public archive of sent issues with its Atom feed.
 */
@Controller
class NewsletterController {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9-]{1,120}");

	private final Newsletters newsletters;

	private final StakeholderGroupService groups;

	private final AccountService accounts;

	private final MessageSource messages;

	NewsletterController(Newsletters newsletters, StakeholderGroupService groups, MessageSource messages,
			AccountService accounts) {
		this.newsletters = newsletters;
		this.accounts = accounts;
		this.groups = groups;
		this.messages = messages;
	}

	@GetMapping("/newsletter")
	String showPlatform(@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		return archive(null, viewer, model, locale);
	}

	@GetMapping("/dialogues/{slug}/newsletter")
	String showDialogue(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer, Model model,
			Locale locale) {
		return archive(slug, viewer, model, locale);
	}

	private String archive(String slug, AccountPrincipal viewer, Model model, Locale locale) {
		Newsletters.Archive archive = this.newsletters.archive(slug, viewer, 200, locale);
		model.addAttribute("archive", archive);
		model.addAttribute("newsletterName",
				(archive.dialogueTitle() != null) ? archive.dialogueTitle() : message("app.name", locale));
		if (!model.containsAttribute("signUpForm")) {
			SignUpForm form = new SignUpForm();
			form.setDialogue(slug);
			form.setLocale(locale.getLanguage());
			if (viewer != null) {
				// Signed in: their address and their group, which they may still change.
				form.setEmail(viewer.getUsername());
				form.setGroup(this.accounts.get(viewer.getId()).getStakeholderGroup().getCode());
			}
			model.addAttribute("signUpForm", form);
		}
		if (archive.readersOnly() && viewer != null) {
			// Signed up with the account's own address only (the service uses it anyway).
			((SignUpForm) model.getAttribute("signUpForm")).setEmail(viewer.getUsername());
		}
		model.addAttribute("groups",
				this.groups.activeGroups().stream().map((g) -> new Option(g.getCode(), g.label(locale))).toList());
		return "newsletter/archive";
	}

	@GetMapping("/newsletter/issues/{id:\\d+}")
	String showPlatformIssue(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("issue", this.newsletters.published(null, id, viewer));
		return "newsletter/issue";
	}

	@GetMapping("/dialogues/{slug}/newsletter/{id:\\d+}")
	String showDialogueIssue(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model, Locale locale) {
		model.addAttribute("archive", this.newsletters.archive(slug, viewer, 1, locale));
		model.addAttribute("issue", this.newsletters.published(slug, id, viewer));
		return "newsletter/issue";
	}

	/**
	 * A sign-up: {@code POST /newsletter} (fields {@code email}, {@code locale}), as the
	 * HTTP contract names it; {@code /newsletter/subscribe} is kept for forms of pages
	 * opened before.
	 */
	@PostMapping({ "/newsletter", "/newsletter/subscribe" })
	String createSubscription(@Valid SignUpForm signUpForm, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal viewer, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale, RedirectAttributes redirect) {
		String slug = (signUpForm.getDialogue() != null && !signUpForm.getDialogue().isBlank())
				? signUpForm.getDialogue() : null;
		if (result.hasErrors()) {
			model.addAttribute("signUpForm", signUpForm);
			return archive(slug, viewer, model, locale);
		}
		try {
			this.newsletters.signUp(
					new Newsletters.SignUp(signUpForm.getEmail(), signUpForm.getLocale(), slug, signUpForm.getGroup()),
					viewer, locale, request.getRemoteAddr());
		}
		catch (RateLimitExceededException ex) {
			// Said beside the address, which is kept, rather than on a page of its own.
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER,
					String.valueOf(RateLimitExceededException.seconds(ex.getRetryAfter())));
			result.rejectValue("email", "newsletter.error.too-many",
					new Object[] { RateLimitExceededException.minutes(ex.getRetryAfter()) }, null);
			model.addAttribute("signUpForm", signUpForm);
			return archive(slug, viewer, model, locale);
		}
		if (slug != null) {
			// The page then leads back to the dialogue's newsletter, where they signed
			// up.
			redirect.addAttribute("dialogue", slug);
		}
		return "redirect:/newsletter/check-email";
	}

	/**
	 * After a sign-up; {@code dialogue}: the slug of the dialogue whose newsletter it
	 * was, for the link back (anything but a slug is ignored).
	 */
	@GetMapping("/newsletter/check-email")
	String showCheckEmail(@RequestParam(required = false) String dialogue, Model model) {
		if (dialogue != null && SLUG.matcher(dialogue).matches()) {
			model.addAttribute("dialogueSlug", dialogue);
		}
		return "newsletter/check-email";
	}

	@GetMapping("/newsletter/confirm")
	String showConfirm(@RequestParam(required = false) String token, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Locale shownIn = shownIn(this.newsletters.confirmationLanguage(token), locale, request, response);
		Optional<Newsletters.Subscription> subscription = this.newsletters.describeConfirmation(token, shownIn);
		if (subscription.isEmpty()) {
			return "newsletter/link-invalid";
		}
		model.addAttribute("token", token);
		model.addAttribute("subscription", subscription.get());
		return "newsletter/confirm";
	}

	/** The confirmation's button: confirms, then redirects to the result page. */
	@PostMapping("/newsletter/confirm")
	String updateConfirm(@RequestParam(required = false) String token, RedirectAttributes redirect, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Locale shownIn = shownIn(this.newsletters.confirmationLanguage(token), locale, request, response);
		Newsletters.Subscription subscription = this.newsletters.confirm(token, shownIn).orElseThrow(InvalidLink::new);
		// Plain strings: the flash is kept in the session, which stores only what it can
		// serialize.
		redirect.addFlashAttribute("confirmedNewsletter", subscription.newsletter());
		redirect.addFlashAttribute("confirmedEmail", subscription.email());
		return "redirect:/newsletter/confirmed";
	}

	/**
	 * The confirmation's result; opened again later (the details gone with the flash), it
	 * says only that the subscription is confirmed.
	 */
	@GetMapping("/newsletter/confirmed")
	String showConfirmed() {
		return "newsletter/confirmed";
	}

	@GetMapping("/newsletter/unsubscribe")
	String showUnsubscribe(@RequestParam(required = false) String token, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Locale shownIn = shownIn(this.newsletters.unsubscribeLanguage(token), locale, request, response);
		Optional<Newsletters.Subscription> subscription = this.newsletters.describeUnsubscribe(token, shownIn);
		if (subscription.isEmpty()) {
			return "newsletter/link-invalid";
		}
		model.addAttribute("token", token);
		model.addAttribute("subscription", subscription.get());
		return "newsletter/unsubscribe";
	}

	@PostMapping("/newsletter/unsubscribe")
	String updateUnsubscribe(@RequestParam(required = false) String token, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Locale shownIn = shownIn(this.newsletters.unsubscribeLanguage(token), locale, request, response);
		Newsletters.Subscription subscription = this.newsletters.unsubscribe(token, shownIn)
			.orElseThrow(InvalidLink::new);
		model.addAttribute("subscription", subscription);
		return "newsletter/unsubscribed";
	}

	@GetMapping("/newsletter/feed.atom")
	ResponseEntity<String> showPlatformFeed(@AuthenticationPrincipal AccountPrincipal viewer,
			HttpServletRequest request, Locale locale) throws XMLStreamException {
		return feed(null, viewer, request, locale);
	}

	@GetMapping("/dialogues/{slug}/newsletter/feed.atom")
	ResponseEntity<String> showDialogueFeed(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal viewer,
			HttpServletRequest request, Locale locale) throws XMLStreamException {
		return feed(slug, viewer, request, locale);
	}

	/** The archive as an Atom feed (RFC 4287), each entry with the issue's HTML. */
	private ResponseEntity<String> feed(String slug, AccountPrincipal viewer, HttpServletRequest request, Locale locale)
			throws XMLStreamException {
		Newsletters.Archive archive = this.newsletters.archive(slug, viewer, 50, locale);
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		String archivePath = (slug != null) ? "/dialogues/" + slug + "/newsletter" : "/newsletter";
		String name = (archive.dialogueTitle() != null) ? archive.dialogueTitle() : message("app.name", locale);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml:lang", locale.getLanguage());
		Atom.text(xml, "id", base + archivePath + "/feed.atom");
		Atom.text(xml, "title", message("newsletter.archive.title", locale, name));
		Atom.text(xml, "updated", Atom.time(archive.updated()));
		xml.writeStartElement("author");
		Atom.text(xml, "name", name);
		xml.writeEndElement();
		Atom.link(xml, "self", base + archivePath + "/feed.atom", "application/atom+xml");
		Atom.link(xml, "alternate", base + archivePath, "text/html");
		List<NewsletterIssue> issues = archive.issues();
		for (NewsletterIssue issue : issues) {
			String path = ((slug != null) ? archivePath + "/" : "/newsletter/issues/") + issue.id();
			xml.writeStartElement("entry");
			if (issue.language() != null && !issue.language().equals(locale.getLanguage())) {
				xml.writeAttribute("xml:lang", issue.language());
			}
			Atom.text(xml, "id", base + path);
			Atom.text(xml, "title", issue.subject());
			Atom.text(xml, "published", Atom.time(issue.sentAt()));
			Atom.text(xml, "updated", Atom.time(issue.sentAt()));
			Atom.link(xml, "alternate", base + path, "text/html");
			xml.writeStartElement("content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(issue.bodyHtml());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return Atom.response(out.toString());
	}

	/**
	 * The language a subscription's page is shown in: the one the subscriber chose when
	 * signing up (a link is often opened in another browser than the one they signed up
	 * in), unless the visitor chose one here (the switcher, or their account's).
	 */
	static Locale shownIn(Optional<String> subscriberLanguage, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Locale theirs = subscriberLanguage.map(SupportedLanguages::toLocale).orElse(null);
		if (theirs == null || PreferenceLocaleResolver.chosen(request)) {
			return locale;
		}
		PreferenceLocaleResolver.useFor(request, response, theirs.getLanguage());
		return theirs;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	@ResponseStatus(HttpStatus.BAD_REQUEST)
	static class InvalidLink extends RuntimeException {

	}

}
