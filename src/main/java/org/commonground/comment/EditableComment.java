package org.commonground.comment;

import org.commonground.dialogue.DialogueView;

/** The viewer's own comment with where it belongs, for its edit page. */
public record EditableComment(DialogueView view, Comment comment, CommentTargetInfo target) {
}
