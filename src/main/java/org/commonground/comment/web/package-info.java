/**
 * The comment module's web layer: a comment's own page, history, edit and delete, and the
 * {@link org.commonground.comment.web.CommentPostingFlow} that every module posting
 * comments on its targets uses (post/redirect/get without JavaScript, in place with
 * htmx).
 */
@org.springframework.modulith.NamedInterface("web")
package org.commonground.comment.web;
