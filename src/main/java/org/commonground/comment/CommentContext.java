package org.commonground.comment;

import org.commonground.dialogue.DialogueView;

/** A comment target with the dialogue it is in, as one viewer may see them. */
public record CommentContext(DialogueView view, CommentTargetInfo target) {
}
