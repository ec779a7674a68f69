/**
 * Dialogue sessions: dialogues and their lifecycle, themes, memberships and join
 * policies, invitations, facilitators, pseudonymity and the representation panel. Public
 * face: {@link org.commonground.dialogue.DialogueService},
 * {@link org.commonground.dialogue.MembershipService},
 * {@link org.commonground.dialogue.DialogueAccess} (who may read, contribute,
 * facilitate), {@link org.commonground.dialogue.AuthorLabelPolicy} (name or pseudonym,
 * per viewer) and the {@link org.commonground.dialogue.ContributionCounter} that
 * contribution modules implement to feed the representation panel, and
 * {@link org.commonground.dialogue.DialogueEvidence}, through which the challenge, vision
 * and meeting pages show the evidence an {@link org.commonground.dialogue.EvidenceSource}
 * (the resource library) links to them. Uses {@code account}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogues",
		allowedDependencies = { "account", "shared" })
package org.commonground.dialogue;
