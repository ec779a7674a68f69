package org.commonground.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueAccess;
import org.commonground.dialogue.DialogueNews;
import org.commonground.dialogue.DialogueNewsSource;
import org.commonground.dialogue.DialogueView;
import org.commonground.vision.VisionService;
import org.commonground.vision.VisionSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a dialogue's Atom feed tells: its newest resources and blog posts, its newest
 * vision version (asked of the vision module) and what other modules offer as news (the
 * meeting module: the next and latest meetings, through {@link DialogueNewsSource}).
 * Readable by whoever may read the dialogue.
 */
@Service
@Transactional(readOnly = true)
public class DialogueFeed {

	static final int ENTRIES = 30;

	private final DialogueAccess access;

	private final ResourceService resources;

	private final VisionService visions;

	private final List<DialogueNewsSource> news;

	DialogueFeed(DialogueAccess access, ResourceService resources, VisionService visions,
			List<DialogueNewsSource> news) {
		this.access = access;
		this.resources = resources;
		this.visions = visions;
		this.news = news;
	}

	/** The feed's entries, newest first. */
	public Feed feed(String slug, AccountPrincipal viewer) {
		DialogueView view = this.access.readable(slug, viewer);
		String base = "/dialogues/" + view.dialogue().getSlug();
		List<Entry> entries = new ArrayList<>();
		for (Resource r : this.resources.recent(view, ENTRIES)) {
			String text = r.getSummary().isEmpty() ? r.getBodySource() : r.getSummary();
			entries.add(new Entry(base + "/resources/" + r.getId(), r.getTitle(), text, r.getKind().name(),
					r.getCreatedAt(), r.getUpdatedAt()));
		}
		VisionSummary vision = this.visions.summary(view);
		if (vision.exists()) {
			entries.add(new Entry(base + "/vision/versions/" + vision.number(), null,
					(vision.changeSummary() != null) ? vision.changeSummary() : "", "VISION_VERSION",
					vision.publishedAt(), vision.publishedAt()));
		}
		for (DialogueNewsSource source : this.news) {
			for (DialogueNews item : source.news(view)) {
				entries.add(new Entry(base + "/" + item.path(), item.title(), item.summary(), item.category(),
						item.published(), item.updated()));
			}
		}
		entries.sort(Comparator.comparing(Entry::updated).reversed());
		Instant updated = entries.isEmpty() ? view.dialogue().getCreatedAt() : entries.get(0).updated();
		return new Feed(view, entries, updated);
	}

	/**
	 * The feed of one dialogue.
	 *
	 * @param updated when anything in it last changed
	 */
	public record Feed(DialogueView view, List<Entry> entries, Instant updated) {
	}

	/**
	 * One entry.
	 *
	 * @param path the page it links to, which is also (made absolute) its id
	 * @param title its title; {@code null} for a vision version (the page words it)
	 * @param category what it is: a resource kind, {@code VISION_VERSION} or
	 * {@code MEETING}
	 */
	public record Entry(String path, String title, String summary, String category, Instant published,
			Instant updated) {
	}

}
