/**
 * Comments on anything that can be discussed (challenges now, vision versions and their
 * paragraphs next): threaded replies two levels deep, Markdown rendered once when
 * written, edit history, deletion that leaves a placeholder, keyset pagination that stays
 * fast on threads of 100,000 comments, and a form token so that a double click posts
 * once. Public face: {@link org.commonground.comment.CommentService}, the
 * {@link org.commonground.comment.CommentTargets} that owning modules implement to say
 * what a target is and who may comment on it, and the events
 * {@link org.commonground.comment.CommentPosted} and
 * {@link org.commonground.comment.CommentDeleted}. Comments are moderated content
 * ({@code CommentModeration}: hidden ones leave a dated placeholder, held ones wait for
 * approval). Uses {@code dialogue} (access, author labels, representation),
 * {@code moderation}, {@code account}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments",
		allowedDependencies = { "account", "dialogue", "moderation", "shared" })
package org.commonground.comment;
