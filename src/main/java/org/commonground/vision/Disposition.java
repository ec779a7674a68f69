package org.commonground.vision;

/** What became of a comment on the vision, as the facilitators answer it. */
public enum Disposition {

	INCORPORATED, PARTLY_INCORPORATED, NOT_INCORPORATED, NOTED;

	/** Whether a comment answered so may name the version it went into. */
	public boolean landsInAVersion() {
		return this == INCORPORATED || this == PARTLY_INCORPORATED;
	}

}
