package org.commonground.comment;

import java.util.List;

import org.commonground.dialogue.ContributionCounter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counts visible comments per stakeholder group for the representation panel. */
@Component
@Order(20)
class CommentContributionCounter implements ContributionCounter {

	@Override
	public List<String> kinds() {
		return List.of("comments");
	}

	@Override
	public String countQuery() {
		return """
				select 'comments', c.author_group_id, count(*) from comment c
				where c.dialogue_id = :dialogueId and c.status = 'VISIBLE'
				group by c.author_group_id""";
	}

}
