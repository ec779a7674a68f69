package org.commonground.vision;

import java.util.List;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueView;
import org.commonground.shared.markdown.MarkdownRenderer;
import org.commonground.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators' translations of a published vision version, paragraph by paragraph (issue
 * 15), into the dialogue's languages other than the original. A translation never
 * replaces the original; stances and comments stay on the paragraph's key.
 */
@Service
@Transactional
public class VisionTranslations {

	/** Longest translation of one paragraph. */
	public static final int MAX_LENGTH = 20_000;

	private final DialogueAccess access;

	private final VisionRepository visions;

	private final ParagraphTranslationStore store;

	private final MarkdownRenderer markdown;

	private final java.time.Clock clock;

	VisionTranslations(DialogueAccess access, VisionRepository visions, ParagraphTranslationStore store,
			MarkdownRenderer markdown, java.time.Clock clock) {
		this.access = access;
		this.visions = visions;
		this.store = store;
		this.markdown = markdown;
		this.clock = clock;
	}

	/** A version's paragraphs with their translations into one language, for the form. */
	@Transactional(readOnly = true)
	public Editable editable(String slug, AccountPrincipal viewer, int number, String language) {
		DialogueView view = this.access.facilitated(slug, viewer);
		DraftVersion version = translatable(view, number, language);
		return new Editable(view, version.getNumber(), language, version.getParagraphs());
	}

	/**
	 * Saves the translations of a version's paragraphs into one language, as
	 * {@link #translate(String, AccountPrincipal, int, String, Map, java.util.Collection)}
	 * with none confirmed.
	 */
	public void translate(String slug, AccountPrincipal viewer, int number, String language,
			Map<String, String> texts) {
		translate(slug, viewer, number, language, texts, List.of());
	}

	/**
	 * Saves the translations of a version's paragraphs into one language: a blank text
	 * removes that paragraph's translation; a changed text replaces it and is up to date;
	 * an unchanged one stays as it was (with its translator), out of date if it was,
	 * unless its key is among {@code confirmed} (the facilitator checked that it fits the
	 * new wording). Keys of other paragraphs are ignored.
	 * @throws VisionRuleException where a text is too long (nothing is saved)
	 */
	public void translate(String slug, AccountPrincipal viewer, int number, String language, Map<String, String> texts,
			java.util.Collection<String> confirmed) {
		DialogueView view = this.access.facilitated(slug, viewer);
		DraftVersion version = translatable(view, number, language);
		if (texts.values().stream().anyMatch((t) -> t != null && t.length() > MAX_LENGTH)) {
			throw new VisionRuleException("vision.translation.too-long");
		}
		java.time.Instant now = this.clock.instant();
		for (Paragraph paragraph : version.getParagraphs()) {
			String text = texts.get(paragraph.getKey());
			if (text == null || text.isBlank()) {
				if (paragraph.translationInto(language) != null) {
					this.store.remove(paragraph, language);
				}
			}
			else {
				String source = text.strip();
				ParagraphTranslation existing = paragraph.translationInto(language);
				if (existing != null && existing.source().equals(source)) {
					if (existing.outOfDate() && confirmed.contains(paragraph.getKey())) {
						this.store.upToDate(paragraph, language);
					}
					continue;
				}
				this.store.save(paragraph, version.getId(), language, source, this.markdown.toHtml(source),
						viewer.getId(), now);
			}
		}
	}

	private DraftVersion translatable(DialogueView view, int number, String language) {
		if (!view.dialogue().getLanguages().contains(language)
				|| language.equals(view.dialogue().getOriginalLanguage())) {
			throw new NotFoundException();
		}
		return this.visions.findVersion(view.dialogue().getId(), number).orElseThrow(NotFoundException::new);
	}

	/**
	 * What the translation form shows: each paragraph's original and its translation, out
	 * of date where it translates an earlier wording.
	 */
	public record Editable(DialogueView view, int number, String language, List<Paragraph> paragraphs) {

		public String originalLanguage() {
			return this.view.dialogue().getOriginalLanguage();
		}

		/** The Markdown of the paragraphs' translations, by key. */
		public Map<String, String> sources() {
			Map<String, String> sources = new java.util.LinkedHashMap<>();
			for (Paragraph paragraph : this.paragraphs) {
				ParagraphTranslation translation = paragraph.translationInto(this.language);
				if (translation != null) {
					sources.put(paragraph.getKey(), translation.source());
				}
			}
			return sources;
		}

		/**
		 * The number a translator sees for a paragraph: its place among the paragraphs
		 * that are not headings, as on the vision's pages, or for a heading among the
		 * headings.
		 */
		public int numberOf(Paragraph paragraph) {
			int number = 0;
			for (Paragraph p : this.paragraphs) {
				if (p.isHeading() == paragraph.isHeading()) {
					number++;
				}
				if (p.getKey().equals(paragraph.getKey())) {
					break;
				}
			}
			return number;
		}

		/** Whether a paragraph's translation translates an earlier wording. */
		public boolean outOfDate(Paragraph paragraph) {
			ParagraphTranslation translation = paragraph.translationInto(this.language);
			return translation != null && translation.outOfDate();
		}

	}

}
