package org.commonground.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;
import org.commonground.shared.web.SupportedLanguages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The languages a dialogue is held in and its facilitators' translations of its title,
 * summary and description (issue 15). Only the dialogue's facilitators (and admins)
 * change them; everyone who may read the dialogue reads them.
 */
@Service
@Transactional
public class DialogueTranslations {

	private final DialogueAccess access;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final ObjectProvider<TranslationWork> work;

	DialogueTranslations(DialogueAccess access, MarkdownRenderer markdown, Clock clock,
			ObjectProvider<TranslationWork> work) {
		this.access = access;
		this.markdown = markdown;
		this.clock = clock;
		this.work = work;
	}

	/** The dialogue's languages with what is translated, for its facilitators. */
	@Transactional(readOnly = true)
	public Overview overview(String slug, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		Dialogue dialogue = view.dialogue();
		List<String> others = dialogue.getLanguages()
			.stream()
			.filter((l) -> !l.equals(dialogue.getOriginalLanguage()))
			.toList();
		// What the other modules hold left to translate into each language: one statement
		// per kind of text.
		Map<String, List<TranslationWork.Line>> left = new LinkedHashMap<>();
		for (TranslationWork kind : this.work.orderedStream().toList()) {
			kind.left(view, others)
				.forEach((language, counts) -> left.computeIfAbsent(language, (l) -> new ArrayList<>())
					.add(new TranslationWork.Line(kind.kind(), kind.path(), counts)));
		}
		List<LanguageStatus> languages = new ArrayList<>();
		for (String language : others) {
			languages.add(new LanguageStatus(language, dialogue.translation(language).orElse(null),
					left.getOrDefault(language, List.of())));
		}
		return new Overview(view, languages);
	}

	/**
	 * Declares the languages the dialogue is held in and the one its texts were written
	 * in.
	 * @throws DialogueRuleException where a language is not one of the five
	 */
	public void holdIn(String slug, String original, List<String> languages, AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		if (!SupportedLanguages.isSupported(original)) {
			throw new DialogueRuleException("translation.error.original");
		}
		List<String> chosen = (languages != null) ? languages : List.of();
		if (chosen.stream().anyMatch((l) -> !SupportedLanguages.isSupported(l))) {
			throw new DialogueRuleException("translation.error.languages");
		}
		dialogue.holdIn(original, chosen, this.clock.instant());
	}

	/**
	 * The dialogue and its translation into one of its languages (empty where there is
	 * none yet), for the translation form.
	 * @throws NotFoundException where the language is not one the dialogue is held in, or
	 * is its original
	 */
	@Transactional(readOnly = true)
	public Editable editable(String slug, String language, AccountPrincipal viewer) {
		DialogueView view = this.access.facilitated(slug, viewer);
		requireTranslatable(view.dialogue(), language);
		return new Editable(view, language, view.dialogue().translation(language).orElse(null));
	}

	/** Adds or replaces the translation into one of the dialogue's languages. */
	public void translate(String slug, String language, String title, String summary, String description,
			AccountPrincipal viewer) {
		Dialogue dialogue = this.access.facilitated(slug, viewer).dialogue();
		requireTranslatable(dialogue, language);
		String source = (description != null) ? description : "";
		Instant now = this.clock.instant();
		dialogue.translate(new DialogueText(language, title.strip(), summary.strip(), source,
				this.markdown.toHtml(source), viewer.getId(), now), now);
	}

	private static void requireTranslatable(Dialogue dialogue, String language) {
		if (!dialogue.getLanguages().contains(language) || language.equals(dialogue.getOriginalLanguage())) {
			throw new NotFoundException();
		}
	}

	/**
	 * A language of the dialogue other than the original, with its translation if any and
	 * what the dialogue's other texts (vision, library, minutes) leave to translate into
	 * it.
	 */
	public record LanguageStatus(String language, DialogueText translation, List<TranslationWork.Line> left) {

		public boolean translated() {
			return this.translation != null;
		}

	}

	/** What the facilitators' languages page shows. */
	public record Overview(DialogueView view, List<LanguageStatus> languages) {

		/** How many of the dialogue's other languages lack a translation. */
		public long missing() {
			return this.languages.stream().filter((l) -> !l.translated()).count();
		}

	}

	/** A translation being written. */
	public record Editable(DialogueView view, String language, DialogueText translation) {
	}

}
