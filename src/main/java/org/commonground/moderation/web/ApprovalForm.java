package org.commonground.moderation.web;

/**
 * Approving a contribution held by pre-moderation: nothing to fill in, the route names
 * the contribution. Bound like every other decision so that all of them take the same
 * path.
 */
public class ApprovalForm {

}
