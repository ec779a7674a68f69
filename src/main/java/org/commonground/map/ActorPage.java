package org.commonground.map;

import java.util.List;

import org.commonground.challenge.ChallengeMention;
import org.commonground.dialogue.DialogueView;

/**
 * One actor's page: what it is, its relations in both directions, and the challenges that
 * name it or are cited as evidence of its relations.
 */
public record ActorPage(DialogueView view, ActorView actor, List<RelationView> outgoing, List<RelationView> incoming,
		List<ChallengeMention> challenges) {
}
