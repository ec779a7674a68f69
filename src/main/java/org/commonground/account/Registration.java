package org.commonground.account;

/** What a person submits to register; validated by the web form before it gets here. */
public record Registration(String email, String displayName, String password, String stakeholderGroup,
		String organisation, String country, String locale) {
}
