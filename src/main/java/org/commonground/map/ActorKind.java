package org.commonground.map;

/**
 * What an actor is. A {@link #STAKEHOLDER_GROUP} actor stands for one of the platform's
 * stakeholder groups; the others are named organisations.
 */
public enum ActorKind {

	STAKEHOLDER_GROUP, GOVERNMENT, COMPANY, ASSOCIATION, CIVIL_SOCIETY, COMMUNITY, OTHER;

	/** The kind for a Kumu "Type" cell: the code or the words ("civil society"). */
	public static ActorKind parse(String text) {
		if (text == null || text.isBlank()) {
			return OTHER;
		}
		String code = text.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
		for (ActorKind kind : values()) {
			if (kind.name().equals(code)) {
				return kind;
			}
		}
		return null;
	}

}
