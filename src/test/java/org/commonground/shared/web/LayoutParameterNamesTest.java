package org.commonground.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside a page's content the layout's fragment parameters ({@code page(title, extraHead,
 * content)} in layout/main.html) shadow model attributes of the same name: a model
 * attribute "title" reads as the page's {@code <title>} element (a translation form once
 * filled its title field with template code that way). No controller names a model
 * attribute after one of them.
 */
class LayoutParameterNamesTest {

	private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"page\\(([^)]*)\\)\"");

	@Test
	void noModelAttributeIsNamedLikeAParameterOfTheLayout() throws IOException {
		Matcher page = FRAGMENT.matcher(Files.readString(Path.of("src/main/resources/templates/layout/main.html")));
		assertThat(page.find()).as("the layout's page fragment").isTrue();
		Set<String> parameters = new LinkedHashSet<>();
		for (String name : page.group(1).split(",")) {
			parameters.add(name.strip());
		}
		assertThat(parameters).contains("title", "extraHead", "content");
		Pattern attribute = Pattern.compile(
				"(?:addAttribute|addObject|addFlashAttribute|@ModelAttribute)\\(\\s*(?:name\\s*=\\s*|value\\s*=\\s*)?\"("
						+ String.join("|", parameters) + ")\"");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = attribute.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(file.getFileName() + ": " + matcher.group());
				}
			}
		}
		assertThat(found).as("model attributes named like a parameter of layout/main.html's page fragment").isEmpty();
	}

}
