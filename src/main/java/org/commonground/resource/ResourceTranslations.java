package org.commonground.resource;

import java.time.Clock;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translations of a library entry's title, summary, article, transcript and image
 * description (issue 15), shown to readers of that language instead of the original with
 * the original one link away, never replacing it. The dialogue's facilitators (and
 * admins) and the members they trust as translators write them; 404 for everyone else.
 */
@Service
@Transactional
public class ResourceTranslations {

	static final int TITLE_MAX = 200;

	private final DialogueAccess access;

	private final ResourceRepository resources;

	private final ResourceTranslationStore store;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	ResourceTranslations(DialogueAccess access, ResourceRepository resources, ResourceTranslationStore store,
			MarkdownRenderer markdown, Clock clock) {
		this.access = access;
		this.resources = resources;
		this.store = store;
		this.markdown = markdown;
		this.clock = clock;
	}

	/**
	 * A resource to translate with its translation so far into a language other than its
	 * own ({@code language} {@code null} before one is chosen, and nothing so far).
	 */
	@Transactional(readOnly = true)
	public Translatable translatable(String slug, AccountPrincipal viewer, long id, String language) {
		DialogueView view = this.access.translatable(slug, viewer);
		Resource resource = find(view, id);
		String into = (SupportedLanguages.isSupported(language) && !language.equals(resource.getLanguage())) ? language
				: null;
		ResourceText so = (into != null) ? this.store.of(id).get(into) : null;
		String bodySource = (so != null) ? this.store.bodySource(id, into).orElse("") : "";
		return new Translatable(view, resource, into, (so != null) ? so.title() : "", (so != null) ? so.summary() : "",
				bodySource, (so != null) ? so.transcript() : "", (so != null) ? so.imageAlt() : "");
	}

	/**
	 * Saves the translation of a resource into a language other than its own; every part
	 * blank removes it.
	 * @return whether a translation was saved (rather than removed)
	 * @throws ResourceRuleException naming the field: the language is its own or not one
	 * of the five, the title is missing while other parts are given, or a part is too
	 * long
	 */
	public boolean translate(String slug, AccountPrincipal viewer, long id, Translation translation) {
		DialogueView view = this.access.translatable(slug, viewer);
		Resource resource = find(view, id);
		String language = translation.language();
		if (!SupportedLanguages.isSupported(language) || language.equals(resource.getLanguage())) {
			throw new ResourceRuleException("resource.translation.error.language", "language");
		}
		if (translation.isBlank()) {
			this.store.remove(id, language);
			return false;
		}
		if (translation.title().isEmpty()) {
			throw new ResourceRuleException("resource.error.title", "title");
		}
		if (translation.title().length() > TITLE_MAX) {
			throw new ResourceRuleException("resource.error.title.size", "title");
		}
		boolean blog = resource.getKind() == ResourceKind.BLOG;
		String body = blog ? translation.body() : "";
		this.store.save(id, new ResourceText(language, translation.title(), translation.summary(),
				body.isEmpty() ? "" : this.markdown.toHtml(body), translation.transcript(), translation.imageAlt(), ""),
				body, viewer.getId(), this.clock.instant());
		return true;
	}

	private Resource find(DialogueView view, long id) {
		return this.resources.findInDialogue(id, view.dialogue().getId()).orElseThrow(NotFoundException::new);
	}

	/** What a translator writes; every text stripped, {@code null} read as empty. */
	public record Translation(String language, String title, String summary, String body, String transcript,
			String imageAlt) {

		public Translation {
			title = clean(title);
			summary = clean(summary);
			body = clean(body);
			transcript = clean(transcript);
			imageAlt = clean(imageAlt);
		}

		boolean isBlank() {
			return this.title.isEmpty() && this.summary.isEmpty() && this.body.isEmpty() && this.transcript.isEmpty()
					&& this.imageAlt.isEmpty();
		}

		private static String clean(String text) {
			return (text == null) ? "" : text.strip();
		}

	}

	/**
	 * A resource being translated and what its translation into a language says so far.
	 */
	public record Translatable(DialogueView view, Resource resource, String language, String title, String summary,
			String body, String transcript, String imageAlt) {
	}

}
