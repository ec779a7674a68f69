package org.commonground.comment;

/**
 * A new comment or reply was stored. Published inside the posting transaction.
 *
 * @param authorId who wrote it
 * @param parentAuthorId who wrote the comment it replies to, or {@code null} for a
 * top-level comment
 * @param held whether it waits for a moderator's approval (nobody else sees it yet)
 */
public record CommentPosted(long dialogueId, String targetType, long targetId, long commentId, Long parentId,
		long authorId, Long parentAuthorId, boolean held) {

}
