package org.commonground.comment;

import java.util.Map;

/**
 * A batch of comments recorded on behalf of people in a room (a sheet of workshop cards)
 * was stored, all shown at once. Published inside the storing transaction instead of one
 * {@link CommentPosted} per comment.
 *
 * @param targetType the kind of thing commented on
 * @param countsByTarget how many new comments each target got
 */
public record CommentsRecorded(long dialogueId, String targetType, Map<Long, Integer> countsByTarget) {

}
