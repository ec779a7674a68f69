package org.commonground.shared.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs the application's embedded database in a JVM of its own, so that a test can kill
 * that JVM with SIGKILL as a crash would. Prints {@value #READY} and the port once the
 * database accepts connections, then runs until killed.
 */
final class EmbeddedDatabaseProcess {

	static final String READY = "EMBEDDED-DATABASE-READY ";

	private EmbeddedDatabaseProcess() {
	}

	public static void main(String[] args) throws IOException {
		EmbeddedPostgresStarter starter = new EmbeddedPostgresStarter(
				new EmbeddedDatabaseProperties(Path.of(args[0]), 0));
		System.out.println(READY + starter.await().getPort());
		System.out.flush();
		// until killed, or until the test closes our input
		while (System.in.read() != -1) {
			// nothing to read
		}
	}

}
