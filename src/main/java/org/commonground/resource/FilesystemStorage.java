package org.commonground.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files in a directory ({@code app.files.directory}, by default {@code ./data/files}
 * beside the embedded database's {@code ./data/postgres}), written to a temporary name
 * and moved into place, so a crash never leaves half a file under a key.
 */
@Component
@ConditionalOnProperty(name = "app.files.storage", havingValue = "filesystem", matchIfMissing = true)
class FilesystemStorage implements FileStorage {

	private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9]{2}/[a-z0-9.-]{1,80}");

	private final Path directory;

	FilesystemStorage(FileProperties properties) {
		this.directory = properties.directory().toAbsolutePath().normalize();
	}

	@Override
	public void write(String key, byte[] content) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		Files.write(partial, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
				StandardOpenOption.WRITE);
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public InputStream read(String key) throws IOException {
		try {
			return Files.newInputStream(resolve(key));
		}
		catch (NoSuchFileException ex) {
			throw new FileNotFoundException(key);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	private Path resolve(String key) {
		if (!SAFE_KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		Path path = this.directory.resolve(key).normalize();
		if (!path.startsWith(this.directory)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

}
