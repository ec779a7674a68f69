package org.commonground.dialogue.web;

import java.io.Serializable;

/**
 * An admin's appointment of a facilitator that was refused (no account has that email),
 * carried to the manage page (a flash attribute, kept in the session: serializable) and
 * shown again in the form, with what was typed and the error beside the field.
 *
 * @param email what was typed
 * @param error the message key of what was wrong
 */
public record AppointAttempt(String email, String error) implements Serializable {
}
