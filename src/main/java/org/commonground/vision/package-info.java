/**
 * The shared vision of a dialogue: the working text facilitators edit, immutable numbered
 * versions whose paragraphs keep stable keys
 * ({@link org.commonground.vision.ParagraphMatcher}), comments on paragraphs and versions
 * (through the {@code comment} module), members' stances per paragraph, the common-ground
 * view by stakeholder group, version diffs, and the facilitators' dispositions of
 * comments with the "you said, we did" page. Public face:
 * {@link org.commonground.vision.VisionService}. Uses {@code comment}, {@code dialogue},
 * {@code account}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared vision",
		allowedDependencies = { "account", "comment", "dialogue", "shared" })
package org.commonground.vision;
