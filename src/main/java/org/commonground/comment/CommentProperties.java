package org.commonground.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comment settings under {@code app.comment}.
 *
 * @param pageSize top-level comments per page, and replies per page of a comment's own
 * page
 * @param repliesShown replies shown under each comment before a "more replies" link
 */
@ConfigurationProperties("app.comment")
public record CommentProperties(@DefaultValue("20") int pageSize, @DefaultValue("3") int repliesShown) {
}
