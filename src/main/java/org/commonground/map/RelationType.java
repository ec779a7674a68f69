package org.commonground.map;

/**
 * What a directed relation between two actors says, with the colour it is drawn in (each
 * at least 4.5:1 on white, and never the only cue: the legend, the list and the table
 * name the type).
 */
public enum RelationType {

	SELLS_GOLD_TO("#8a6500"), PRE_FINANCES("#1f5fa8"), LICENSES("#6a3d9a"), TAXES("#a0264f"), REGULATES("#3f3f9f"),
	PROCESSES_FOR("#2e6b30"), EMPLOYS("#00695c"), SUPPLIES_MERCURY_TO("#b71c1c"), ADVISES("#5d4037"),
	REPRESENTS("#8e1c62"), DEPENDS_ON("#37474f"), IN_CONFLICT_WITH("#b33c00");

	private final String colour;

	RelationType(String colour) {
		this.colour = colour;
	}

	public String colour() {
		return this.colour;
	}

	/** The id of the SVG arrowhead marker drawn in this type's colour. */
	public String marker() {
		return "arrow-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The type for a Kumu "Type" cell: the code or the words ("sells gold to"). */
	public static RelationType parse(String text) {
		if (text == null) {
			return null;
		}
		String code = text.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
		for (RelationType type : values()) {
			if (type.name().equals(code)) {
				return type;
			}
		}
		return null;
	}

}
