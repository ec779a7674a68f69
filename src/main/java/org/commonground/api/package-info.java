/**
 * The open read API ({@code /api/v1}, issue #20): public dialogues and their challenges,
 * meetings, vision and map as JSON with cursor paging, ETags and per-client rate limits;
 * members-only dialogues only with a personal access token an admin issues.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open read API", allowedDependencies = { "account",
		"challenge", "comment", "dialogue", "meeting", "moderation", "vision", "map", "resource", "shared" })
package org.commonground.api;
