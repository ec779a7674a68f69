package org.commonground.comment;

import org.commonground.dialogue.RecordedText;

/**
 * One comment of a batch recorded on behalf of people in a room, with the target it is on
 * (a challenge, or a paragraph of the vision with its version), for
 * {@link CommentPosting#recordAll(String, org.commonground.account.AccountPrincipal, java.util.List)}.
 *
 * @param target what it is about; the text's own {@code targetId} is not read
 * @param text who said it, for how many, in which language, its form token
 */
public record RecordedComment(CommentTarget target, RecordedText text) {
}
