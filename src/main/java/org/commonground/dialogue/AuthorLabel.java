package org.commonground.dialogue;

/**
 * How an author is shown to one viewer.
 *
 * @param name what the viewer sees: the display name, or "group · region" for a pseudonym
 * @param group the stakeholder group the author speaks as
 * @param pseudonymous whether {@code name} is a pseudonym
 * @param realName the display name behind a pseudonym, only for facilitators and admins;
 * else {@code null}
 */
public record AuthorLabel(String name, String group, boolean pseudonymous, String realName) {
}
