package org.commonground.comment;

import java.util.List;

import org.commonground.dialogue.DialogueView;

/** A comment's current text and the texts it had before, newest first. */
public record CommentHistory(DialogueView view, CommentNode current, List<CommentRevision> revisions,
		CommentTargetInfo target) {
}
