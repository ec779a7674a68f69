package org.commonground.shared.web;

/**
 * Something does not exist or must not be revealed to the current user; both answer 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found");
	}

}
