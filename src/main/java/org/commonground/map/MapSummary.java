package org.commonground.map;

import org.commonground.dialogue.DialogueView;

/** The map in brief, for the dialogue's page. */
public record MapSummary(DialogueView view, long actors, long relations, long disputed, long waiting) {
}
