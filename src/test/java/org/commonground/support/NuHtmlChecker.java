package org.commonground.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu Html Checker (Maven Central's {@code nu.validator:validator}) over saved pages,
 * in a JVM of its own: its libraries (Jetty 9, log4j 1, Saxon) stay off the application's
 * test class path (the failsafe and surefire configurations leave them out), and the
 * build writes the class path that has them to {@code target/vnu.classpath}. One run
 * checks every page a browser test kept; any error fails the test.
 */
public final class NuHtmlChecker {

	private static final Path CLASSPATH = Path.of("target/vnu.classpath");

	private static final Path PAGES = Path.of("target/nu-pages");

	private static final String SENTINEL = "(a page with a known error)";

	private NuHtmlChecker() {
	}

	/** Checks the pages (HTML by a name such as their path) and fails on any error. */
	public static void assertValid(Map<String, String> pages) {
		if (pages.isEmpty()) {
			return;
		}
		// A page with a known error goes along: a checker that did not run (a class path
		// gone stale, a crash) reports nothing, which is no pass.
		Map<String, String> checked = new LinkedHashMap<>(pages);
		checked.put(SENTINEL, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>"
				+ "<nonsense>x</nonsense></p></body></html>");
		List<String> errors = new ArrayList<>(check(checked));
		assertThat(errors).as("the checker finds the known error (output: %s)", errors)
			.anyMatch((error) -> error.contains(SENTINEL));
		errors.removeIf((error) -> error.contains(SENTINEL));
		assertThat(errors).as("Nu Html Checker errors").isEmpty();
	}

	/** The checker's errors, each as "page: line.column: message". */
	public static List<String> check(Map<String, String> pages) {
		try {
			Files.createDirectories(PAGES);
			Path folder = Files.createTempDirectory(PAGES, "run");
			Map<String, String> names = new LinkedHashMap<>();
			List<String> command = new ArrayList<>(
					List.of(ProcessHandle.current().info().command().orElse("java"), "-Xss4m", "-cp",
							Files.readString(CLASSPATH).strip(), "nu.validator.client.SimpleCommandLineValidator",
							"--errors-only", "--no-langdetect", "--format", "gnu", "--exit-zero-always"));
			int n = 0;
			for (Map.Entry<String, String> page : pages.entrySet()) {
				Path file = folder.resolve("page-" + (++n) + ".html");
				Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
				names.put(file.toUri().toString(), page.getKey());
				names.put(file.toString(), page.getKey());
				command.add(file.toString());
			}
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("The Nu Html Checker did not finish");
			}
			List<String> errors = new ArrayList<>();
			for (String line : output.split("\\R")) {
				if (!line.contains(": error:") && !line.contains(": fatal:")) {
					continue;
				}
				String named = line;
				for (Map.Entry<String, String> name : names.entrySet()) {
					named = named.replace("\"" + name.getKey() + "\"", name.getValue())
						.replace(name.getKey(), name.getValue());
				}
				errors.add(named);
			}
			return errors;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run the Nu Html Checker (is target/vnu.classpath there?)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
