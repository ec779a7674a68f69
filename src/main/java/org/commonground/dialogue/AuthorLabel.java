package org.commonground.dialogue;

/**
 * How an author is shown to one viewer.
 *
 * @param name what the viewer sees: the display name, or "group · region" for a pseudonym
 * @param group the stakeholder group the author speaks as
 * @param pseudonymous whether {@code name} is a pseudonym
 * @param realName the display name behind a pseudonym, only for facilitators and admins;
 * else {@code null}
 * @param groupWithheld whether the group must not be shown (a former participant of a
 * group too small to hide in)
 */
public record AuthorLabel(String name, String group, boolean pseudonymous, String realName, boolean groupWithheld) {

	public AuthorLabel(String name, String group, boolean pseudonymous, String realName) {
		this(name, group, pseudonymous, realName, false);
	}

}
