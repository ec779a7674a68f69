package org.commonground.dialogue;

import org.springframework.data.domain.Page;

/** What the home page lists: open dialogues and the viewer's own. */
public record HomeDialogues(Page<DialogueSummary> open, Page<DialogueSummary> mine) {
}
