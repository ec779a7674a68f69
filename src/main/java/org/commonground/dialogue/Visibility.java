package org.commonground.dialogue;

/** Who may read a dialogue. */
public enum Visibility {

	PUBLIC, MEMBERS_ONLY

}
