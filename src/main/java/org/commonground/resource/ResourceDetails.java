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
 */
public record ResourceDetails(ResourceKind kind, String title, String summary, String body, String transcript,
		List<String> languages, String authors, String organisation, List<Long> groupIds, List<Long> themeIds,
		String licence, LocalDate publishedOn, String url, String imageAlt) {

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
