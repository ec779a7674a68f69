package org.commonground.dialogue;

import java.util.Map;

/**
 * Implemented by each module that tags things with themes: how many of its things carry
 * each theme, so that the admins' theme page says how many items use one before it is
 * retired.
 */
public interface ThemeUsage {

	/** Number of things carrying each theme, by theme id (themes with none left out). */
	Map<Long, Long> countByTheme();

}
