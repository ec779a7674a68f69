package org.commonground.dialogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dialogue settings under {@code app.dialogue}.
 *
 * @param minerShareWarning the representation panel warns when artisanal miners and
 * miners' associations together are fewer than this share of a dialogue's members
 * @param pageSize dialogues per page of the list
 */
@ConfigurationProperties("app.dialogue")
public record DialogueProperties(@DefaultValue("0.20") double minerShareWarning, @DefaultValue("20") int pageSize) {
}
