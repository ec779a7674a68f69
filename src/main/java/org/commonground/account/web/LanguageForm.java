package org.commonground.account.web;

/**
 * The language switch in every page's header: {@code lang}, and {@code return}, the page
 * to go back to.
 */
public class LanguageForm {

	private String lang = "";

	private String returnTo = "/";

	public String getLang() {
		return this.lang;
	}

	public void setLang(String lang) {
		this.lang = (lang != null) ? lang : "";
	}

	public String getReturn() {
		return this.returnTo;
	}

	/** Bound from the field {@code return}. */
	public void setReturn(String returnTo) {
		this.returnTo = (returnTo != null && !returnTo.isEmpty()) ? returnTo : "/";
	}

}
