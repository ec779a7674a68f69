package org.commonground.dialogue;

/**
 * A resource shown beside what it is evidence for: "Evidence: IIED 2018 study on mercury
 * use, p. 12".
 *
 * @param href the resource's page, from the site's root
 * @param title the resource's title
 * @param locator where in the resource to look ("p. 12"), or {@code ""}
 */
public record EvidenceLink(String href, String title, String locator) {

	public boolean hasLocator() {
		return this.locator != null && !this.locator.isBlank();
	}

}
