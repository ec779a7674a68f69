package org.commonground.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applied migrations never change: each migration's bytes must match the checksum
 * committed in {@code src/test/resources/db/applied-migrations.txt}, and every migration
 * must be listed there.
 */
class MigrationChecksumTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@Test
	void appliedMigrationsAreUnchangedAndEveryMigrationIsRecorded() throws IOException {
		Map<String, Long> recorded = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/db/applied-migrations.txt"))) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] parts = line.trim().split("\\s+");
				recorded.put(parts[0], Long.parseLong(parts[1]));
			}
		}
		Map<String, Long> actual;
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			actual = files.filter((f) -> f.toString().endsWith(".sql"))
				.collect(Collectors.toMap((f) -> f.getFileName().toString(), MigrationChecksumTest::crc32, (a, b) -> a,
						TreeMap::new));
		}
		assertThat(actual).isEqualTo(recorded);
		assertThat(actual.keySet()).allMatch((name) -> name.matches("V\\d+__[a-z]+(_[a-z0-9]+)+\\.sql"));
	}

	private static long crc32(Path file) {
		try {
			CRC32 crc = new CRC32();
			crc.update(Files.readAllBytes(file));
			return crc.getValue();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
