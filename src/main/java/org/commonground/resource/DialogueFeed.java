package org.commonground.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueNews;
import org.commonground.dialogue.DialogueNewsSource;
import org.commonground.dialogue.DialogueText;
import org.commonground.dialogue.DialogueView;
import org.commonground.vision.VisionService;
import org.commonground.vision.VisionSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a dialogue's Atom feed tells: its newest resources and blog posts, its newest
 * vision version (asked of the vision module) and what other modules offer as news (the
 * meeting module: the next and latest meetings, through {@link DialogueNewsSource}).
 * Readable by whoever may read the dialogue. Titles and summaries come in the reader's
 * language where they were translated into it, each marked with the language it is in.
 */
@Service
@Transactional(readOnly = true)
public class DialogueFeed {

	static final int ENTRIES = 30;

	private final DialogueAccess access;

	private final ResourceService resources;

	private final VisionService visions;

	private final List<DialogueNewsSource> news;

	private final ResourceTranslationStore translations;

	DialogueFeed(DialogueAccess access, ResourceService resources, VisionService visions, List<DialogueNewsSource> news,
			ResourceTranslationStore translations) {
		this.translations = translations;
		this.access = access;
		this.resources = resources;
		this.visions = visions;
		this.news = news;
	}

	/**
	 * The feed's entries, newest first, for a reader of a language: a resource's title
	 * and summary in it where a translator translated them, else as written. Vision
	 * change notes and meetings, which are not translated, are in the dialogue's original
	 * language.
	 */
	public Feed feed(String slug, AccountPrincipal viewer, Locale locale) {
		DialogueView view = this.access.readable(slug, viewer);
		String reader = locale.getLanguage();
		String original = view.dialogue().getOriginalLanguage();
		String base = "/dialogues/" + view.dialogue().getSlug();
		List<Entry> entries = new ArrayList<>();
		List<Resource> recent = this.resources.recent(view, ENTRIES);
		Map<Long, ResourceText> translated = this.translations
			.in(recent.stream().filter((r) -> !r.getLanguage().equals(reader)).map(Resource::getId).toList(), reader);
		for (Resource r : recent) {
			ResourceText t = translated.get(r.getId());
			boolean title = t != null && t.title() != null && !t.title().isBlank();
			boolean summary = t != null && t.summary() != null && !t.summary().isBlank();
			String text = summary ? t.summary() : r.getSummary().isEmpty() ? r.getBodySource() : r.getSummary();
			entries.add(new Entry(base + "/resources/" + r.getId(), title ? t.title() : r.getTitle(),
					title ? reader : r.getLanguage(), text, summary ? reader : r.getLanguage(), r.getKind().name(),
					r.getCreatedAt(), r.getUpdatedAt()));
		}
		VisionSummary vision = this.visions.summary(view);
		if (vision.exists()) {
			entries.add(new Entry(base + "/vision/versions/" + vision.number(), null, reader,
					(vision.changeSummary() != null) ? vision.changeSummary() : "", original, "VISION_VERSION",
					vision.publishedAt(), vision.publishedAt()));
		}
		for (DialogueNewsSource source : this.news) {
			for (DialogueNews item : source.news(view)) {
				entries.add(new Entry(base + "/" + item.path(), item.title(), original, item.summary(), original,
						item.category(), item.published(), item.updated()));
			}
		}
		entries.sort(Comparator.comparing(Entry::updated).reversed());
		Instant updated = entries.isEmpty() ? view.dialogue().getCreatedAt() : entries.get(0).updated();
		return new Feed(view, view.dialogue().text(reader), entries, updated);
	}

	/**
	 * The feed of one dialogue.
	 *
	 * @param text the dialogue's title and summary in the reader's language where
	 * translated, else the original (its language says which)
	 * @param updated when anything in it last changed
	 */
	public record Feed(DialogueView view, DialogueText text, List<Entry> entries, Instant updated) {
	}

	/**
	 * One entry.
	 *
	 * @param path the page it links to, which is also (made absolute) its id
	 * @param title its title; {@code null} for a vision version (the page words it)
	 * @param titleLanguage the language the title is in
	 * @param summaryLanguage the language the summary is in
	 * @param category what it is: a resource kind, {@code VISION_VERSION} or
	 * {@code MEETING} or {@code MEETING_CANCELLED}
	 */
	public record Entry(String path, String title, String titleLanguage, String summary, String summaryLanguage,
			String category, Instant published, Instant updated) {
	}

}
