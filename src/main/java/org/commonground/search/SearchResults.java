package org.commonground.search;

import java.util.List;
import java.util.Map;

import org.commonground.dialogue.DialogueText;

/**
 * A page of results, best first.
 *
 * @param total how many results in all
 * @param phraseCapped a phrase was checked only in the first
 * {@link SearchService#MAX_PHRASE_CANDIDATES} texts holding all its words: there may be
 * more
 * @param newest when there were more matches than are ranked ({@link #capped()}): the
 * ranked ones are the newest; otherwise they were taken as the index gave them
 * @param capped more texts matched than were ranked ({@link SearchService#MAX_MATCHES}):
 * {@code total} counts the items among those ranked
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, int pageSize, boolean phraseCapped,
		boolean newest, boolean capped) {

	public static SearchResults none(SearchQuery query, int pageSize) {
		return new SearchResults(query, List.of(), 0, pageSize, false, false, false);
	}

	/**
	 * The same results naming their dialogues as {@code titles} does (by slug), where it
	 * names them.
	 */
	public SearchResults withDialogueTitles(Map<String, DialogueText> titles) {
		List<SearchHit> named = this.hits.stream().map((h) -> {
			DialogueText text = titles.get(h.dialogueSlug());
			return (text != null) ? h.inDialogueTitled(text.getTitle(), text.getLanguage()) : h;
		}).toList();
		return new SearchResults(this.query, named, this.total, this.pageSize, this.phraseCapped, this.newest,
				this.capped);
	}

	/** The number to show: the total, or the cap when there are more. */
	public long shownTotal() {
		return Math.min(this.total, SearchService.MAX_MATCHES);
	}

	public int page() {
		return this.query.page();
	}

	public int pages() {
		return (int) ((shownTotal() + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return page() > 0;
	}

	public boolean hasNext() {
		return page() + 1 < pages();
	}

	/** A page after the last one (an old link, or results removed since): none on it. */
	public boolean pastTheEnd() {
		return this.hits.isEmpty() && this.total > 0 && page() >= pages();
	}

}
