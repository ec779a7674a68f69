package org.commonground.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of QUALITY.md (OWASP ASVS): 12 to 128 characters, no composition
 * rules, and never one of the 10,000 most common passwords, compared without regard to
 * case. The list ships in {@code security/common-passwords.txt}.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** Why a password is refused; each has a message key {@code password.<name>}. */
	public enum Violation {

		TOO_SHORT, TOO_LONG, TOO_COMMON;

		public String messageKey() {
			return "password." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Set<String> commonPasswords;

	PasswordPolicy() {
		this(loadCommonPasswords());
	}

	PasswordPolicy(Set<String> commonPasswords) {
		this.commonPasswords = commonPasswords;
	}

	/** The first rule the password breaks, if any. */
	public Optional<Violation> check(String password) {
		if (password == null) {
			return Optional.of(Violation.TOO_SHORT);
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(Violation.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Violation.TOO_LONG);
		}
		if (this.commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of(Violation.TOO_COMMON);
		}
		return Optional.empty();
	}

	int commonPasswordCount() {
		return this.commonPasswords.size();
	}

	private static Set<String> loadCommonPasswords() {
		Set<String> passwords = new HashSet<>(16_384);
		try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords could not be read", ex);
		}
		return Set.copyOf(passwords);
	}

}
