/**
 * Comments on anything that can be discussed (challenges, vision versions and their
 * paragraphs, resources, meeting minutes in review): threaded replies two levels deep,
 * Markdown rendered once when written, edit history, deletion that leaves a placeholder,
 * keyset pagination that stays fast on threads of 100,000 comments, and a form token so
 * that a double click posts once. The module owns every comment route
 * ({@code /dialogues/{slug}/comments…}) for every commentable thing. Public face:
 * {@link org.commonground.comment.CommentPosting} (the one way to post),
 * {@link org.commonground.comment.CommentThreads} (reading),
 * {@link org.commonground.comment.CommentEditing} (edit, delete, move on a merge), the
 * {@link org.commonground.comment.CommentTargets} that owning modules implement to say
 * whether a target exists for a viewer, what it is called and whether it takes comments,
 * and the events {@link org.commonground.comment.CommentPosted} and
 * {@link org.commonground.comment.CommentDeleted}. Comments are moderated content
 * ({@code CommentModeration}: hidden ones leave a dated placeholder, held ones wait for
 * approval). Uses {@code dialogue} (access, author labels, representation),
 * {@code moderation}, {@code account}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments",
		allowedDependencies = { "account", "dialogue", "moderation", "shared" })
package org.commonground.comment;
