package org.commonground.dialogue;

import org.commonground.account.AccountPrincipal;

/**
 * What one viewer may do in one dialogue, decided once per request by
 * {@link DialogueAccess}.
 *
 * @param viewer the signed-in person, or {@code null} for a visitor
 * @param membership the viewer's membership in any state, or {@code null}
 */
public record ViewerContext(AccountPrincipal viewer, Membership membership, boolean admin) {

	public boolean signedIn() {
		return this.viewer != null;
	}

	/** An active member (participant or facilitator). */
	public boolean member() {
		return this.membership != null && this.membership.isActive();
	}

	public boolean pending() {
		return this.membership != null && this.membership.isPending();
	}

	/**
	 * Facilitator of this dialogue, or an admin: may edit, manage members and see
	 * identities.
	 */
	public boolean facilitates() {
		return this.admin || (this.membership != null && this.membership.isFacilitator());
	}

	/**
	 * May translate the dialogue's challenges and comments: its facilitators (and admins)
	 * and active members a facilitator marked as translators (issue 15).
	 */
	public boolean translatesContributions() {
		return facilitates() || (member() && this.membership.isTranslator());
	}

	/** May see who is behind a pseudonym. */
	public boolean seesIdentities() {
		return facilitates();
	}

	public boolean canRead(Dialogue dialogue) {
		if (facilitates()) {
			return true;
		}
		if (dialogue.getStatus() == DialogueStatus.DRAFT) {
			return false;
		}
		return dialogue.getVisibility() == Visibility.PUBLIC || member();
	}

	/**
	 * May post, comment, endorse, set stances and report: members and admins, while the
	 * dialogue is open.
	 */
	public boolean canContribute(Dialogue dialogue) {
		return dialogue.isOpen() && (member() || this.admin);
	}

	public Long viewerId() {
		return (this.viewer != null) ? this.viewer.getId() : null;
	}

}
