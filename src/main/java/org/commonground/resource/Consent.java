package org.commonground.resource;

/** How the people shown in a photo consented to it being published. */
public enum Consent {

	/** Nobody is shown. */
	NO_PEOPLE,
	/** People are shown but cannot be recognised. */
	NOT_IDENTIFIABLE,
	/** The people shown agreed to publication. */
	CONSENT_GIVEN

}
