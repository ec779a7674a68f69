package org.commonground.dialogue.web;

/** A facilitator marking a member as translator of contributions, or unmarking them. */
public class TranslatorForm {

	private boolean translator;

	public boolean isTranslator() {
		return this.translator;
	}

	public void setTranslator(boolean translator) {
		this.translator = translator;
	}

}
