package org.commonground.dialogue;

import java.time.Instant;

/**
 * One item of a dialogue's news (its Atom feed), offered by a module through
 * {@link DialogueNewsSource}.
 *
 * @param path the page it links to, relative to the dialogue's ({@code meetings/7})
 * @param title its title
 * @param summary a few words on it, may be empty
 * @param category what it is ({@code MEETING}); the feed labels it
 * @param published when it first appeared
 * @param updated when it last changed
 */
public record DialogueNews(String path, String title, String summary, String category, Instant published,
		Instant updated) {
}
