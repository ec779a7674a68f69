package org.commonground.comment;

import java.util.List;
import java.util.Map;

/**
 * The newest comments on each anchor of a target, with the number of comments per anchor.
 *
 * @param canComment whether the viewer may post here
 */
public record AnchoredThreads(Map<String, List<CommentNode>> byAnchor, Map<String, Long> counts, boolean canComment) {

	public List<CommentNode> on(String anchor) {
		return this.byAnchor.getOrDefault(anchor, List.of());
	}

	public long count(String anchor) {
		return this.counts.getOrDefault(anchor, 0L);
	}

}
