/**
 * Summary exports of a dialogue for its facilitators and admins: CSV (one row per
 * contribution, streamed with constant memory), documented in {@code docs/exports.md}.
 * Exports read the {@code export_contribution} view, the documented read model over the
 * challenge, comment and vision tables (ADR 0008), through a database cursor. Every
 * export is checked, rate-limited and audited before the first byte is written. Uses
 * {@code dialogue}, {@code account}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports",
		allowedDependencies = { "account", "challenge", "dialogue", "moderation", "vision", "shared" })
package org.commonground.export;
