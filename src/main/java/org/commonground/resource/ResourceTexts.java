package org.commonground.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The language a resource is read in and the others it can be read in (issue 15): the
 * language asked for where the resource has a translation into it, else the original. A
 * part the translation leaves empty (an article, a transcript) is shown as written.
 *
 * @param shown the texts as shown: a translation, or the original
 * @param original the texts as written
 * @param others the other languages it can be read in: the original first (when it is not
 * the one shown), then its translations' in alphabetical order
 */
public record ResourceTexts(ResourceText shown, ResourceText original, List<String> others) {

	static ResourceTexts of(Resource resource, Map<String, ResourceText> translations, String wanted) {
		ResourceText original = resource.original();
		ResourceText translation = wanted.equals(resource.getLanguage()) ? null : translations.get(wanted);
		ResourceText shown = (translation != null) ? translation : original;
		List<String> others = new ArrayList<>();
		if (translation != null) {
			others.add(original.language());
		}
		new TreeSet<>(translations.keySet()).stream()
			.filter((l) -> !l.equals(shown.language()) && !l.equals(original.language()))
			.forEach(others::add);
		return new ResourceTexts(shown, original, List.copyOf(others));
	}

	/** Whether the resource is read in a translation. */
	public boolean translated() {
		return this.shown.translation();
	}

	public String summary() {
		return pick(ResourceText::summary).summary();
	}

	/** The article as shown, sanitized by MarkdownRenderer when it was saved. */
	public String bodyHtml() {
		return pick(ResourceText::bodyHtml).bodyHtml();
	}

	public String transcript() {
		return pick(ResourceText::transcript).transcript();
	}

	public String imageAlt() {
		return pick(ResourceText::imageAlt).imageAlt();
	}

	/**
	 * The language a part is shown in ({@code summary}, {@code bodyHtml},
	 * {@code transcript} or {@code imageAlt}): the translation's where it has that part.
	 */
	public String languageOf(String part) {
		Function<ResourceText, String> getter = switch (part) {
			case "summary" -> ResourceText::summary;
			case "bodyHtml" -> ResourceText::bodyHtml;
			case "transcript" -> ResourceText::transcript;
			case "imageAlt" -> ResourceText::imageAlt;
			default -> ResourceText::title;
		};
		return pick(getter).language();
	}

	private ResourceText pick(Function<ResourceText, String> part) {
		return part.apply(this.shown).isEmpty() ? this.original : this.shown;
	}

}
