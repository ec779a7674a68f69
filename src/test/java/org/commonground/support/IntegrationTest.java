package org.commonground.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the whole application: one Spring context for the run
 * (same annotations and properties everywhere, so it is cached), on a real server port,
 * against the one {@link TestDatabase}, through the real security filter chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.admin.email=" + IntegrationTest.ADMIN_EMAIL,
				"app.admin.password=" + IntegrationTest.ADMIN_PASSWORD, "app.mail.base-url=http://localhost",
				"spring.thymeleaf.cache=true", "app.reference-data.max-age=1h", "app.files.directory=target/test-files",
				// Small, so that UploadLimitIT sends bodies over it and over the servlet
				// container's limit (2 x 2 MB + 1 MB) without megabytes to spare.
				"app.files.max-size=2MB", "app.sms.inbound-secret=" + IntegrationTest.SMS_SECRET,
				"app.sms.inbound-signing-key=" + IntegrationTest.SMS_SIGNING_KEY, "app.sms.poll-interval=1h",
				"app.sms.number=" + IntegrationTest.SMS_NUMBER,
				// Test data is built through the services, which count posts: room for
				// the busiest builder; CommentIT checks the limit at whatever it is.
				"app.security.rate-limits.posting-per-account.capacity=300",
				"app.security.rate-limits.posting-per-account.period=10m" })
@AutoConfigureMockMvc
@Import({ SqlStatements.Wrapping.class, FastPasswordHashing.class })
public abstract class IntegrationTest {

	public static final String ADMIN_EMAIL = "first.admin@test.example";

	public static final String ADMIN_PASSWORD = "first-admin-password-for-tests";

	public static final String SMS_SECRET = "sms-shared-secret-for-tests";

	public static final String SMS_SIGNING_KEY = "sms-signing-key-for-tests";

	/** The number dialogue pages give for taking part by SMS. */
	public static final String SMS_NUMBER = "+255 15 555";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.Connection db = TestDatabase.get();
		registry.add("spring.datasource.url", db::url);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
	}

}
