package org.commonground.dialogue;

/** How a member is shown to others: by name, or by stakeholder group and region only. */
public enum DisplayMode {

	NAMED, PSEUDONYMOUS

}
