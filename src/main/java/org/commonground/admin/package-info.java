/**
 * The admin console's front page and its list of every dialogue: counts and recent
 * activity gathered from the other modules' public services. The console's other pages
 * live with the modules that own their data (accounts, emails, groups and themes,
 * moderation and the audit log). Uses {@code account}, {@code dialogue},
 * {@code challenge}, {@code comment}, {@code moderation}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin console",
		allowedDependencies = { "account", "challenge", "comment", "dialogue", "moderation", "shared" })
package org.commonground.admin;
