package org.commonground.dialogue.web;

import java.io.Serializable;

/**
 * A facilitator's removal of a member that was refused for its reason, carried to the
 * manage page (a flash attribute, kept in the session: serializable) and shown again in
 * that member's form, with what was typed and the error beside the reason.
 *
 * @param membershipId the membership the facilitator tried to end
 * @param reason what was typed
 * @param error the message key of what was wrong
 */
public record RemovalAttempt(long membershipId, String reason, String error) implements Serializable {
}
