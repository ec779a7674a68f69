package org.commonground.map;

/**
 * An actor as a reader sees it: a group actor is named in the reader's language.
 *
 * @param groupCode the code of the group a group actor stands for, else {@code null}
 * @param pinX where a facilitator pinned it, in percent of the drawing's width, else
 * {@code null}
 */
public record ActorView(long id, String name, String label, ActorKind kind, String groupCode, String region,
		int influence, String goal, String tags, Double pinX, Double pinY) {

	/** The tags one by one, as typed between | , or ; (the Kumu import's separators). */
	public java.util.List<String> tagList() {
		return (this.tags == null) ? java.util.List.of()
				: java.util.Arrays.stream(this.tags.split("[|,;]"))
					.map(String::strip)
					.filter((t) -> !t.isEmpty())
					.toList();
	}

	public boolean group() {
		return this.kind == ActorKind.STAKEHOLDER_GROUP;
	}

	/**
	 * Sentences use plural verbs for groups and communities a facilitator named ("Gold
	 * buyers pre-finance …"); a group named by its (singular) group name, and an
	 * organisation, take singular ones.
	 */
	public boolean plural() {
		return !this.label.isEmpty() && (this.kind == ActorKind.STAKEHOLDER_GROUP || this.kind == ActorKind.COMMUNITY);
	}

}
