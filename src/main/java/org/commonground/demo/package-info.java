/**
 * Demo data, loaded on request ({@code --app.demo=true}): realistic accounts from the
 * Geita District (Tanzania) gold-mining context, and, as later modules arrive, their
 * dialogues and contributions. Loading twice changes nothing. Uses only the public
 * services of the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "account",
		"challenge", "comment", "dialogue", "map", "meeting", "moderation", "resource", "sms", "vision", "shared" })
package org.commonground.demo;
