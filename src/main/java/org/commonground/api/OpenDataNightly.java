package org.commonground.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.commonground.api.ApiJson.DialogueJson;
import org.commonground.api.ApiJson.ListPage;
import org.commonground.account.AccountErased;
import org.commonground.moderation.ContributionHidden;
import org.commonground.resource.FileStorage;
import org.commonground.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The nightly open-data ZIP of every public dialogue (issue 20): built by
 * {@link OpenDataArchive} at {@code app.api.open-data-cron}, on one instance at a time
 * (ShedLock), and kept in the file storage; a download serves the latest one with the
 * time it was made, or builds one at once for a dialogue that has none yet. Hiding a
 * contribution or erasing an account drops the kept archives, so that what was hidden or
 * erased is not downloadable until the night; a dialogue that is no longer public gets a
 * 404 at once.
 */
@Service
public class OpenDataNightly {

	private static final Logger log = LoggerFactory.getLogger(OpenDataNightly.class);

	private final OpenDataArchive archives;

	private final ApiReader reader;

	private final FileStorage storage;

	private final JdbcClient jdbc;

	private final Clock clock;

	OpenDataNightly(OpenDataArchive archives, ApiReader reader, FileStorage storage, JdbcClient jdbc, Clock clock) {
		this.archives = archives;
		this.reader = reader;
		this.storage = storage;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A kept archive: its bytes, ETag and when it was made. */
	public record Kept(byte[] bytes, String etag, Instant generatedAt) {
	}

	/** The nightly run, on one instance at a time. */
	@Scheduled(cron = "${app.api.open-data-cron:0 30 2 * * *}", zone = "UTC")
	@SchedulerLock(name = "open-data-archives", lockAtMostFor = "PT2H")
	public void nightly() {
		produceAll();
	}

	/**
	 * Makes the archive of every public dialogue again.
	 * @return how many were made
	 */
	public int produceAll() {
		List<String> slugs = new ArrayList<>();
		String cursor = null;
		do {
			ListPage<DialogueJson> page = this.reader.dialogues(null, cursor);
			page.items().stream().filter((d) -> "PUBLIC".equals(d.visibility())).forEach((d) -> slugs.add(d.slug()));
			cursor = page.next();
		}
		while (cursor != null);
		int made = 0;
		for (String slug : slugs) {
			try {
				produce(slug);
				made++;
			}
			catch (RuntimeException ex) {
				log.warn("Open-data archive of {} not made: {}", slug, ex.toString());
			}
		}
		log.info("Made the open-data archives of {} public dialogues", made);
		return made;
	}

	/** Makes and keeps the archive of one public dialogue, replacing the one before. */
	Kept produce(String slug) {
		Instant now = this.clock.instant();
		OpenDataArchive.Archive archive = this.archives.build(slug, now);
		// The storage's keys are short: a two-letter folder, then letters, digits, dots
		// and dashes; the slug is in the table.
		String key = "od/" + Integer.toHexString(slug.hashCode()) + "-" + Long.toString(now.toEpochMilli(), 36)
				+ ".zip";
		try {
			this.storage.write(key, archive.bytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Optional<String> previous = this.jdbc
			.sql("select storage_key from open_data_archive where dialogue_slug = :slug")
			.param("slug", slug)
			.query(String.class)
			.optional();
		this.jdbc.sql("""
				insert into open_data_archive (dialogue_slug, storage_key, etag, size_bytes, generated_at)
				values (:slug, :key, :etag, :size, :now)
				on conflict (dialogue_slug) do update set storage_key = excluded.storage_key, etag = excluded.etag,
				    size_bytes = excluded.size_bytes, generated_at = excluded.generated_at""")
			.param("slug", slug)
			.param("key", key)
			.param("etag", archive.etag())
			.param("size", archive.bytes().length)
			.param("now", Timestamp.from(now))
			.update();
		previous.filter((p) -> !p.equals(key)).ifPresent(this::forget);
		return new Kept(archive.bytes(), archive.etag(), now);
	}

	/**
	 * The latest archive of a public dialogue: the nightly one, or one made now if it has
	 * none yet.
	 * @throws NotFoundException for a dialogue that is not public (now)
	 */
	public Kept latest(String slug) {
		if (!"PUBLIC".equals(this.reader.dialogue(slug, null).visibility())) {
			throw new NotFoundException();
		}
		Optional<Object[]> row = this.jdbc
			.sql("select storage_key, etag, generated_at from open_data_archive where dialogue_slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant() })
			.optional();
		if (row.isPresent()) {
			try (InputStream in = this.storage.read((String) row.get()[0])) {
				return new Kept(in.readAllBytes(), (String) row.get()[1], (Instant) row.get()[2]);
			}
			catch (IOException ex) {
				log.warn("Open-data archive of {} unreadable, made again: {}", slug, ex.toString());
			}
		}
		return produce(slug);
	}

	/**
	 * A contribution was hidden: the kept archives may hold it, so they are dropped, and
	 * the next download makes a new one (hidden content must not stay downloadable until
	 * the night).
	 */
	@EventListener
	void on(ContributionHidden hidden) {
		forgetAll();
	}

	/** An account was erased: the kept archives may hold its name. */
	@EventListener
	void on(AccountErased erased) {
		forgetAll();
	}

	private void forgetAll() {
		List<String> keys = this.jdbc.sql("delete from open_data_archive returning storage_key")
			.query(String.class)
			.list();
		keys.forEach(this::forget);
	}

	private void forget(String key) {
		try {
			this.storage.delete(key);
		}
		catch (IOException ex) {
			log.warn("Old open-data archive {} not deleted: {}", key, ex.toString());
		}
	}

}
