package org.commonground.sms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Phone numbers are never stored in clear: an HMAC-SHA256 under {@code app.sms.hash-key}
 * finds a number's rows, and an AES-256-GCM encryption under
 * {@code app.sms.encryption-key} lets the platform answer it. Keys not configured are
 * generated once into {@code app.sms.key-file} (owner-only), like the embedded database's
 * password; losing that file means old numbers can no longer be answered.
 */
@Component
public class PhoneNumbers {

	private static final String HASH_KEY = "hash-key";

	private static final String ENCRYPTION_KEY = "encryption-key";

	private static final int IV_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec hashKey;

	private final SecretKeySpec encryptionKey;

	PhoneNumbers(SmsProperties properties) {
		Properties generated = null;
		String hash = properties.hashKey();
		String encryption = properties.encryptionKey();
		if (!StringUtils.hasText(hash) || !StringUtils.hasText(encryption)) {
			generated = keyFile(properties.keyFile());
			hash = StringUtils.hasText(hash) ? hash : generated.getProperty(HASH_KEY);
			encryption = StringUtils.hasText(encryption) ? encryption : generated.getProperty(ENCRYPTION_KEY);
		}
		this.hashKey = new SecretKeySpec(key(hash, "app.sms.hash-key"), "HmacSHA256");
		this.encryptionKey = new SecretKeySpec(key(encryption, "app.sms.encryption-key"), "AES");
	}

	/**
	 * The number in one spelling: digits only, with a leading {@code +} if it had one.
	 * @throws IllegalArgumentException if it has fewer than 6 or more than 15 digits
	 */
	public static String normalise(String number) {
		String value = (number != null) ? number.strip() : "";
		String digits = value.replaceAll("[\\s\\-().]", "");
		boolean international = digits.startsWith("+");
		if (international) {
			digits = digits.substring(1);
		}
		if (!digits.matches("[0-9]{6,15}")) {
			throw new IllegalArgumentException("Not a phone number");
		}
		return international ? "+" + digits : digits;
	}

	/** The lookup hash of a number (hex). */
	public String hash(String number) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return HexFormat.of().formatHex(mac.doFinal(normalise(number).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The number encrypted with a fresh nonce (Base64 of nonce and ciphertext). */
	public String encrypt(String number) {
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(normalise(number).getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The number behind {@link #encrypt}'s result, for sending and for admins. */
	public String decrypt(String cipherText) {
		try {
			byte[] in = Base64.getDecoder().decode(cipherText);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A phone number cannot be decrypted with the configured key", ex);
		}
	}

	private static byte[] key(String base64, String property) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(property + " is not Base64", ex);
		}
		if (key.length != 32) {
			throw new IllegalStateException(property + " must be 32 bytes (Base64 of 32 random bytes)");
		}
		return key;
	}

	private Properties keyFile(Path file) {
		Properties keys = new Properties();
		try {
			if (Files.exists(file)) {
				try (InputStream in = Files.newInputStream(file)) {
					keys.load(in);
				}
			}
			if (keys.getProperty(HASH_KEY) == null || keys.getProperty(ENCRYPTION_KEY) == null) {
				keys.putIfAbsent(HASH_KEY, newKey());
				keys.putIfAbsent(ENCRYPTION_KEY, newKey());
				Path parent = file.toAbsolutePath().getParent();
				Files.createDirectories(parent);
				Path temporary = Files.createTempFile(parent, "sms-keys", ".tmp");
				try {
					Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// Not a POSIX file system: the directory's permissions protect it.
				}
				try (OutputStream out = Files.newOutputStream(temporary)) {
					keys.store(out, "Common Ground SMS keys: keep with the database, never share");
				}
				Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			}
			return keys;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or write the SMS key file " + file, ex);
		}
	}

	private String newKey() {
		byte[] key = new byte[32];
		this.random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
