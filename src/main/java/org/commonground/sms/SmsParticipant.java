package org.commonground.sms;

/**
 * A phone number taking part in one dialogue.
 *
 * @param step where its joining exchange stands
 * @param accountId the account it acts through once it consented (ADR 0011)
 */
record SmsParticipant(long id, long dialogueId, String phoneHash, String phoneCipher, String language, Step step,
		Long groupId, String district, Long accountId, boolean optedOut) {

	enum Step {

		/** Asked for the stakeholder group. */
		GROUP,
		/** Asked for the district. */
		DISTRICT,
		/** Asked to consent to how the number is used. */
		CONSENT,
		/** Consented: texts are contributions. */
		ACTIVE

	}

	boolean active() {
		return this.step == Step.ACTIVE && !this.optedOut;
	}

}
