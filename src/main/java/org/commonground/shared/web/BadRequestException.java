package org.commonground.shared.web;

/**
 * A request a page cannot answer because a parameter is not understood (an unknown
 * language, an impossible date): 400 with the site's error page in the person's language,
 * whatever the client accepts, never the framework's JSON.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String reason) {
		super(reason);
	}

}
