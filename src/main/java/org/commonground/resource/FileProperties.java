package org.commonground.resource;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Uploaded files, under {@code app.files}. The largest upload is
 * {@code spring.servlet.multipart.max-file-size}.
 *
 * @param storage where files are kept: {@code filesystem} (the only one built in)
 * @param directory the filesystem storage's directory; back it up with the database
 * @param imageWidths the widths (pixels) each image is kept in, for {@code srcset}; an
 * image is never enlarged
 * @param jpegQuality the JPEG quality of re-encoded images (0 to 1)
 */
@ConfigurationProperties("app.files")
public record FileProperties(@DefaultValue("filesystem") String storage, @DefaultValue("./data/files") Path directory,
		@DefaultValue( {
				"320", "640", "1024" }) List<Integer> imageWidths,
		@DefaultValue("0.72") float jpegQuality){
}
