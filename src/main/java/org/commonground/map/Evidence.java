package org.commonground.map;

/** A typed reference to what supports a relation: a challenge (by id) for now. */
public record Evidence(EvidenceKind kind, long id) {

	/** The page that shows it, under the dialogue's address. */
	public String path(String slug) {
		return switch (this.kind) {
			case CHALLENGE -> "/dialogues/" + slug + "/challenges/" + this.id;
		};
	}

}
