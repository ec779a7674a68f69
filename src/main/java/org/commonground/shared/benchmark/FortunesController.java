package org.commonground.shared.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The yardstick of {@code scripts/benchmark-pages.sh} (QUALITY.md P3): TechEmpower's
 * "Fortunes" test on this application's own stack — one JDBC query, one row added in
 * memory, sorted, and one Thymeleaf template without the layout, behind the same filters
 * as every page. Only present with {@code app.benchmark.fortunes=true}; the rows come
 * from a {@code VALUES} list, so that it needs no table of its own.
 */
@Controller
@ConditionalOnBooleanProperty("app.benchmark.fortunes")
class FortunesController {

	private static final String QUERY = """
			SELECT id, message FROM (VALUES
			  (1, 'fortune: No such file or directory'),
			  (2, 'A computer scientist is someone who fixes things that aren''t broken.'),
			  (3, 'After enough decimal places, nobody gives a damn.'),
			  (4, 'A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1'),
			  (5, 'A computer program does what you tell it to do, not what you want it to do.'),
			  (6, 'Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen'),
			  (7, 'Any program that runs right is obsolete.'),
			  (8, 'A list is only as strong as its weakest link. — Donald Knuth'),
			  (9, 'Feature: A bug with seniority.'),
			  (10, 'Computers make very fast, very accurate mistakes.'),
			  (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
			  (12, 'フレームワークのベンチマーク')
			) AS fortune (id, message)""";

	private final JdbcClient jdbc;

	FortunesController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/benchmark/fortunes")
	String fortunes(Model model) {
		List<Fortune> fortunes = new ArrayList<>(this.jdbc.sql(QUERY).query(Fortune.class).list());
		fortunes.add(new Fortune(0, "Additional fortune added at request time."));
		fortunes.sort(Comparator.comparing(Fortune::message));
		model.addAttribute("fortunes", fortunes);
		return "benchmark/fortunes";
	}

	record Fortune(int id, String message) {
	}

}
