package org.commonground.resource;

import java.time.LocalDate;
import java.util.List;

/**
 * What a facilitator (or an allowed blog author) says about a new resource; the file, if
 * any, comes beside it.
 *
 * @param url an external address (http or https), or {@code null}
 * @param body a blog post's Markdown article
 * @param imageAlt what an uploaded image shows, for people who cannot see it
 * @param language the language the title, summary, article and transcript are written in,
 * or {@code null} for the first of {@code languages}, else the dialogue's original
 * language
 */
public record ResourceDetails(ResourceKind kind, String title, String summary, String body, String transcript,
		List<String> languages, String authors, String organisation, List<Long> groupIds, List<Long> themeIds,
		String licence, LocalDate publishedOn, String url, String imageAlt, String language) {

	/** Details whose texts are in the first of {@code languages}, else the dialogue's. */
	public ResourceDetails(ResourceKind kind, String title, String summary, String body, String transcript,
			List<String> languages, String authors, String organisation, List<Long> groupIds, List<Long> themeIds,
			String licence, LocalDate publishedOn, String url, String imageAlt) {
		this(kind, title, summary, body, transcript, languages, authors, organisation, groupIds, themeIds, licence,
				publishedOn, url, imageAlt, null);
	}

	public ResourceDetails {
		summary = clean(summary);
		body = clean(body);
		transcript = clean(transcript);
		authors = clean(authors);
		organisation = clean(organisation);
		licence = clean(licence);
		imageAlt = clean(imageAlt);
		url = (url == null || url.isBlank()) ? null : url.strip();
		languages = List.copyOf(languages);
		groupIds = List.copyOf(groupIds);
		themeIds = List.copyOf(themeIds);
	}

	private static String clean(String text) {
		return (text == null) ? "" : text.strip();
	}

}
