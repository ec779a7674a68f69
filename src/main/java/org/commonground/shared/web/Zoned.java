package org.commonground.shared.web;

import java.time.ZoneId;

/**
 * Something a page shows that has a time zone (a dialogue, or a page of one): the
 * {@code #times} expression object renders every time on that page in it.
 */
public interface Zoned {

	ZoneId zone();

}
