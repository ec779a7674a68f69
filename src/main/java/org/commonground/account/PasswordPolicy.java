package org.commonground.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of QUALITY.md (OWASP ASVS): 12 to 128 characters, no composition
 * rules; refused when it is one of the common passwords that satisfy the length rule
 * ({@code security/common-passwords.txt}), one of the 10,000 most common passwords of any
 * length joined to a sequence or to another of them ({@code password123456}), a run of
 * one character or an obvious sequence ({@code 1234567890123}, {@code qwertyuiopasdf}),
 * or the person's own email, the part of it before the {@code @}, or name, give or take
 * four characters. Comparisons ignore case (and spaces, for the personal details).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/**
	 * Alphabets whose neighbours make an obvious sequence, wrapping around: letters,
	 * digits, keyboard rows and keyboard columns, each forwards and backwards.
	 */
	private static final List<String> SEQUENCES = Stream
		.of("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm",
				"1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p")
		.flatMap((alphabet) -> Stream.of(alphabet, new StringBuilder(alphabet).reverse().toString()))
		.toList();

	/** How many characters a password may add to the person's email or name. */
	private static final int PERSONAL_MARGIN = 4;

	/** Why a password is refused; each has a message key {@code password.<name>}. */
	public enum Violation {

		TOO_SHORT, TOO_LONG, TOO_COMMON, SEQUENCE, PERSONAL,

		/** A new password that is the current one (checked by the service only). */
		UNCHANGED;

		public String messageKey() {
			return "password." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Set<String> commonPasswords;

	private final Set<String> stems;

	PasswordPolicy() {
		this(load("security/common-passwords.txt"), load("security/common-password-stems.txt"));
	}

	PasswordPolicy(Set<String> commonPasswords, Set<String> stems) {
		this.commonPasswords = commonPasswords;
		this.stems = stems;
	}

	/**
	 * The first rule the password breaks, if any.
	 * @param personalDetails the person's email, name and the like, which the password
	 * must not be
	 */
	public Optional<Violation> check(String password, String... personalDetails) {
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
		String candidate = password.toLowerCase(Locale.ROOT);
		if (isSequence(candidate) || isJoined(candidate, (piece) -> false)
				|| isRepeated(candidate, PasswordPolicy::isSequence)) {
			return Optional.of(Violation.SEQUENCE);
		}
		if (this.commonPasswords.contains(candidate) || isJoined(candidate, this.stems::contains)
				|| isRepeated(candidate, this.stems::contains)) {
			return Optional.of(Violation.TOO_COMMON);
		}
		String compact = compact(candidate);
		for (String word : personalWords(personalDetails)) {
			if (compact.contains(word) && compact.length() - word.length() <= PERSONAL_MARGIN) {
				return Optional.of(Violation.PERSONAL);
			}
		}
		return Optional.empty();
	}

	int commonPasswordCount() {
		return this.commonPasswords.size();
	}

	/**
	 * Whether the password is two weak pieces joined, each of them a sequence or a piece
	 * for which {@code isStem} holds.
	 */
	private static boolean isJoined(String password, Predicate<String> isStem) {
		for (int split = 1; split < password.length(); split++) {
			if (Character.isLowSurrogate(password.charAt(split))) {
				continue;
			}
			String head = password.substring(0, split);
			String tail = password.substring(split);
			if ((isStem.test(head) || isSequence(head)) && (isStem.test(tail) || isSequence(tail))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the password is one piece, for which {@code isWeak} holds, repeated. */
	private static boolean isRepeated(String password, Predicate<String> isWeak) {
		int length = password.length();
		for (int period = 1; period <= length / 2; period++) {
			if (length % period == 0 && password.substring(period).equals(password.substring(0, length - period))) {
				String piece = password.substring(0, period);
				return period <= 4 || isWeak.test(piece);
			}
		}
		return false;
	}

	/**
	 * A run of one character, or neighbours in one of the {@link #SEQUENCES}.
	 */
	private static boolean isSequence(String text) {
		if (text.codePoints().distinct().count() == 1) {
			return true;
		}
		for (String alphabet : SEQUENCES) {
			if (alphabet.repeat(text.length() / alphabet.length() + 2).contains(text)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> personalWords(String... details) {
		Set<String> words = new HashSet<>();
		for (String detail : details) {
			if (detail == null || detail.isBlank()) {
				continue;
			}
			String word = compact(detail.toLowerCase(Locale.ROOT));
			int at = word.indexOf('@');
			for (String candidate : List.of(word, word.substring(0, Math.max(at, 0)))) {
				if (candidate.length() >= PERSONAL_MARGIN) {
					words.add(candidate);
				}
			}
		}
		return words;
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	/**
	 * Reads a list with one password a line, after a header of lines starting with
	 * {@code #}.
	 */
	private static Set<String> load(String path) {
		List<String> passwords = new ArrayList<>(50_000);
		try (InputStream in = new ClassPathResource(path).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			boolean header = true;
			String line;
			while ((line = reader.readLine()) != null) {
				header = header && line.startsWith("#");
				if (!header && !line.isEmpty()) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list " + path + " could not be read", ex);
		}
		return Set.copyOf(new HashSet<>(passwords));
	}

}
