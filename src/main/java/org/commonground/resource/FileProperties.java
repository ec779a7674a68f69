package org.commonground.resource;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded files, under {@code app.files}.
 *
 * @param storage where files are kept: {@code filesystem} (the only one built in)
 * @param directory the filesystem storage's directory; back it up with the database
 * @param imageWidths the widths (pixels) each image is kept in, for {@code srcset}; an
 * image is never enlarged
 * @param jpegQuality the JPEG quality of re-encoded images (0 to 1)
 * @param maxSize the largest file a person may upload: a larger one is refused with a
 * message at the form's file field, the rest of the form kept. The servlet container
 * reads request bodies up to {@link #requestLimit()}, well above it, so that such a form
 * is still read whole (its CSRF token included); a body beyond even that gets the 413
 * page.
 */
@ConfigurationProperties("app.files")
public record FileProperties(@DefaultValue("filesystem") String storage, @DefaultValue("./data/files") Path directory,
		@DefaultValue( {
				"320", "640", "1024" }) List<Integer> imageWidths,
		@DefaultValue("0.72") float jpegQuality, @DefaultValue("20MB") DataSize maxSize){

	/**
	 * The largest multipart body (and file in it) the servlet container reads: twice
	 * {@link #maxSize()} and 1 MB for the form's other fields.
	 */
	public long requestLimit() {
		return 2 * this.maxSize.toBytes() + DataSize.ofMegabytes(1).toBytes();
	}

	/**
	 * {@link #maxSize()} in the reader's units ("20 MB", "20 Mo"), as a message argument.
	 */
	public org.springframework.context.MessageSourceResolvable maxSizeLabel() {
		return FileIntake.sizeLabel(this.maxSize.toBytes());
	}

}
