package org.commonground.dialogue;

/**
 * Lifecycle of a dialogue. DRAFT is seen only by its facilitators and admins; CLOSED is
 * read-only; ARCHIVED is out of lists.
 */
public enum DialogueStatus {

	DRAFT, OPEN, CLOSED, ARCHIVED

}
