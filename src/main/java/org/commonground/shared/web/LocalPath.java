package org.commonground.shared.web;

/**
 * A path on this site that the application may redirect to after a form (the language
 * switcher, the login): it starts with a single {@code /} (so it names no scheme and no
 * other host: not {@code //host}, nor {@code /\host}, which browsers read as
 * {@code //host}), and holds no backslash, no control character (no CR or LF that could
 * split a header) and no braces (Spring would read them as URI variables).
 */
public final class LocalPath {

	private LocalPath() {
	}

	/** Whether {@code path} is a path on this site, safe to redirect to. */
	public static boolean isLocal(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& !path.contains("{") && !path.contains("}") && path.chars().noneMatch(Character::isISOControl);
	}

	/** The path if it is {@link #isLocal local}, else the fallback. */
	public static String orElse(String path, String fallback) {
		return isLocal(path) ? path : fallback;
	}

}
