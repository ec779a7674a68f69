/**
 * Challenges members raise in a dialogue: posting and editing with history, themes,
 * endorsements ("affects me too"), the list with filters, sorts and keyset pagination,
 * facilitators' status and public response, and merging duplicates. Discussion goes
 * through the {@code comment} module (challenges are a comment target); challenges,
 * endorsements and their authors' groups feed the representation panel. Public face:
 * {@link org.commonground.challenge.ChallengeService}. Challenges are moderated content
 * ({@code ChallengeModeration}); their discussions can be locked. Uses {@code comment},
 * {@code moderation}, {@code dialogue}, {@code account}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Challenges",
		allowedDependencies = { "account", "comment", "dialogue", "moderation", "shared" })
package org.commonground.challenge;
