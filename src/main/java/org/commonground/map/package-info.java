/**
 * The stakeholder map of a dialogue: actors (a stakeholder group, held by id and named by
 * the account module's {@code StakeholderGroupService}, or a named organisation) and
 * typed, directed relations with strength, a typed evidence reference (a challenge, a
 * meeting or a resource of the dialogue, titled through those modules' {@code refs}) and
 * the groups that dispute them. Drawn on the server as an accessible inline SVG laid out
 * by JGraphT ({@link org.commonground.map.MapLayout}), and given again as a table and as
 * sentences. Members propose relations and dispute them; facilitators edit, decide and
 * import or export the map as CSV in Kumu's two-sheet shape. Public face:
 * {@link org.commonground.map.MapService}. Shows a section on the dialogue page and adds
 * the map to the summary exports through {@code export}'s {@code SummarySection}. Uses
 * {@code challenge}, {@code meeting}, {@code resource}, {@code dialogue},
 * {@code account}, {@code export}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholder map",
		allowedDependencies = { "account", "challenge", "dialogue", "export", "meeting", "resource", "shared" })
package org.commonground.map;
