package org.commonground.dialogue;

import java.time.ZoneId;

/**
 * How a list naming several dialogues heads each: its title in the reader's language
 * where translated, and the zone its times are shown in.
 */
public record DialogueHeading(DialogueText text, ZoneId zone) {

}
