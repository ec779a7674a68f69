package org.commonground.map;

/**
 * A typed reference to what supports a relation: a challenge, a meeting or a resource of
 * the same dialogue, by id, with its title where it has been looked up for display.
 *
 * @param kind what it points at
 * @param id its id
 * @param title its title, or {@code null} where not looked up (as stored)
 * @param language the language of the title where known, else {@code null}
 */
public record Evidence(EvidenceKind kind, long id, String title, String language) {

	public Evidence(EvidenceKind kind, long id) {
		this(kind, id, null, null);
	}

	/**
	 * The reference as a form sends it ({@code "MEETING:12"}), or {@code null} for a
	 * blank choice.
	 * @throws IllegalArgumentException where it is no such reference
	 */
	public static Evidence parse(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		int colon = code.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("Not an evidence reference: " + code);
		}
		try {
			return new Evidence(EvidenceKind.valueOf(code.substring(0, colon).strip()),
					Long.parseLong(code.substring(colon + 1).strip()));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not an evidence reference: " + code, ex);
		}
	}

	/** The reference as a form sends it: {@code "MEETING:12"}. */
	public String code() {
		return this.kind.name() + ":" + this.id;
	}

	/** What to call it: its title where known, else its number. */
	public String label() {
		return (this.title != null) ? this.title : "#" + this.id;
	}

	/** The page that shows it, under the dialogue's address. */
	public String path(String slug) {
		return switch (this.kind) {
			case CHALLENGE -> "/dialogues/" + slug + "/challenges/" + this.id;
			case MEETING -> "/dialogues/" + slug + "/meetings/" + this.id;
			case RESOURCE -> "/dialogues/" + slug + "/resources/" + this.id;
		};
	}

}
