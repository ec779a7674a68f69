package org.commonground.map;

import java.util.List;

import org.commonground.challenge.ChallengeMention;
import org.commonground.dialogue.DialogueView;

/**
 * One actor's page: what it is, its relations in both directions, and the challenges that
 * name it or are cited as evidence of its relations.
 *
 * @param groupName the name of the stakeholder group a group actor stands for, in the
 * reader's language, else {@code null}
 */
public record ActorPage(DialogueView view, ActorView actor, String groupName, List<RelationView> outgoing,
		List<RelationView> incoming, List<ChallengeMention> challenges) {
}
