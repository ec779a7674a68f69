package org.commonground.search;

import java.util.List;

/**
 * A page of results, best first.
 *
 * @param total how many results in all
 * @param phraseCapped a phrase was checked only in the first
 * {@link SearchService#MAX_PHRASE_CANDIDATES} texts holding all its words: there may be
 * more
 * @param newest when there were more matches than are ranked ({@link #capped()}): the
 * ranked ones are the newest; otherwise they were taken as the index gave them
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, int pageSize, boolean phraseCapped,
		boolean newest) {

	public static SearchResults none(SearchQuery query, int pageSize) {
		return new SearchResults(query, List.of(), 0, pageSize, false, false);
	}

	/** More matches than were ranked ({@link SearchService#MAX_MATCHES}). */
	public boolean capped() {
		return this.total > SearchService.MAX_MATCHES;
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

}
