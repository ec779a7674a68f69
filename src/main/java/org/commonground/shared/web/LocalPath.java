package org.commonground.shared.web;

/**
 * A path on this site that the application may redirect to after a form (the language
 * switcher, the login): it starts with a single {@code /} (so it names no scheme and no
 * other host: not {@code //host}, nor {@code /\host}, which browsers read as
 * {@code //host}), and holds no backslash, no control character (no CR or LF that could
 * split a header), no braces (Spring would read them as URI variables) and no {@code .}
 * or {@code ..} segment (so that it cannot normalise to {@code //host} or above the
 * root).
 */
public final class LocalPath {

	private LocalPath() {
	}

	/** Whether {@code path} is a path on this site, safe to redirect to. */
	public static boolean isLocal(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& !path.contains("{") && !path.contains("}") && path.chars().noneMatch(Character::isISOControl)
				&& !hasDotSegment(path);
	}

	/**
	 * Whether the path (before its query) has a {@code .} or {@code ..} segment, written
	 * as such, percent-encoded or followed by path parameters ({@code ..;x}): normalised,
	 * such a path could start with {@code //} ({@code /..//host}) or leave the site's
	 * paths, and the servlet container refuses to redirect it.
	 */
	private static boolean hasDotSegment(String path) {
		String beforeQuery = path.split("[?#]", 2)[0].replaceAll("(?i)%2e", ".");
		for (String segment : beforeQuery.split("/", -1)) {
			String name = segment.split(";", 2)[0];
			if (name.equals(".") || name.equals("..")) {
				return true;
			}
		}
		return false;
	}

	/** The path if it is {@link #isLocal local}, else the fallback. */
	public static String orElse(String path, String fallback) {
		return isLocal(path) ? path : fallback;
	}

}
