package org.commonground.dialogue;

/**
 * A part of a dialogue's page that another module fills (its challenges, its vision).
 *
 * @param template the Thymeleaf template holding the fragment
 * @param fragment the fragment's name; it takes one parameter, {@code section}, the model
 * @param model what the fragment shows
 * @param place where on the page it goes
 */
public record DialogueSection(String template, String fragment, Object model, Place place) {

	/** A section of the page's body, after the description. */
	public DialogueSection(String template, String fragment, Object model) {
		this(template, fragment, model, Place.BODY);
	}

	/** Where a section goes on the dialogue's page. */
	public enum Place {

		/** In the box about the viewer's membership, at the top. */
		MEMBERSHIP,
		/** In the page's body, after the description. */
		BODY

	}

}
