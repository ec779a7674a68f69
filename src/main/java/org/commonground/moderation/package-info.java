/**
 * Moderation that is visibly fair: members report challenges and comments; facilitators
 * (their dialogue) and admins (every dialogue) work through a queue ordered by open
 * reports and age, hide with a reason category, restore, dismiss reports and approve
 * contributions held by pre-moderation; enough open reports hide content pending review;
 * authors are told why and may ask once for a review that someone else decides; every
 * moderation and administrative action lands in an append-only audit log (written in the
 * action's transaction from {@link org.commonground.shared.audit.AuditEvent}s), with a
 * public, anonymous moderation log per dialogue. Contribution modules implement
 * {@link org.commonground.moderation.ModeratedContent} so that this module never reads
 * their tables; it holds accounts and dialogues by id and names them through
 * {@code AccountService} and {@code DialogueService}. Public face, a service per use
 * case: {@link org.commonground.moderation.PreModeration} (asked when a contribution is
 * posted), {@link org.commonground.moderation.ReportService} (reports and review
 * requests), {@link org.commonground.moderation.ModerationQueues},
 * {@link org.commonground.moderation.ModerationDecisions},
 * {@link org.commonground.moderation.ModerationSettings},
 * {@link org.commonground.moderation.ModerationLogs}; the view records they return; and
 * {@link org.commonground.moderation.ModeratedContent}. Uses {@code dialogue},
 * {@code account}, {@code mail}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation",
		allowedDependencies = { "account", "dialogue", "mail", "shared" })
package org.commonground.moderation;
