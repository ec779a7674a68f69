package org.commonground.resource;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files are kept, by key. The filesystem implementation keeps them in
 * {@code app.files.directory}; an S3-compatible one would implement the same three
 * operations and be chosen with {@code app.files.storage}. Keys are made by the
 * application (letters, digits, dashes, dots and one slash), never by users.
 */
public interface FileStorage {

	/** Keeps the bytes under the key, replacing nothing: keys are new. */
	void write(String key, byte[] content) throws IOException;

	/**
	 * The bytes kept under the key.
	 * @throws java.io.FileNotFoundException if there are none
	 */
	InputStream read(String key) throws IOException;

	/** Forgets the key; nothing happens if it is not kept. */
	void delete(String key) throws IOException;

}
