package org.commonground.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a file is named beside its size: every type people may upload has a label in each
 * language; any other type is named by its extension.
 */
class StoredFileTest {

	@Test
	void everyTypeThatMayBeUploadedHasALabelInEveryLanguage() throws IOException {
		assertThat(StoredFile.KINDS).containsKeys(FileIntake.ALLOWED.toArray(String[]::new));
		for (String language : new String[] { "", "_fr", "_sw", "_es", "_pt" }) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/messages/resource" + language + ".properties")) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (String kind : StoredFile.KINDS.values()) {
				assertThat(messages.getProperty("resource.file.kind." + kind)).as(language + " " + kind).isNotBlank();
			}
		}
		assertThat(file("image/jpeg", "pit.jpg").getKind()).isEqualTo("jpeg");
	}

	@Test
	void aTypeWithoutALabelIsNamedByItsExtensionInUpperCase() {
		StoredFile word = file("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"minutes.docx");
		assertThat(word.getKind()).isNull();
		assertThat(word.getExtension()).isEqualTo("DOCX");
		assertThat(file("application/x-msdownload", "setup").getExtension()).isEqualTo("X-MSDOWNLOAD");
	}

	private static StoredFile file(String type, String name) {
		return new StoredFile(1L, "key", type, 2048, name, null, null, null, 1L, Instant.EPOCH);
	}

}
