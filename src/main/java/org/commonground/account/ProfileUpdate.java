package org.commonground.account;

/** New values of the editable profile fields. */
public record ProfileUpdate(String displayName, String stakeholderGroup, String organisation, String country,
		String region, String locale) {
}
