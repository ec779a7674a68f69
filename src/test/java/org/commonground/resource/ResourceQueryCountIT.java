package org.commonground.resource;

import java.util.List;
import java.util.Map;

import org.commonground.account.AccountRole;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.Visibility;
import org.commonground.support.IntegrationTest;
import org.commonground.support.SqlStatements;
import org.commonground.support.TestAccounts;
import org.commonground.support.TestDialogues;
import org.commonground.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The library, the blog and a photo story's frames run the same number of SQL statements
 * whatever the size of the library or of the story.
 */
class ResourceQueryCountIT extends IntegrationTest {

	/**
	 * P1's 8 (QUALITY.md), counted at the JDBC level by {@link SqlStatements}:
	 * Hibernate's and {@code JdbcClient}'s statements alike, the header's unread count of
	 * a signed-in person included, the session store's apart.
	 */
	private static final int MAX_STATEMENTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDialogues dialogues;

	@Autowired
	ResourceService resources;

	@Test
	void pagesRunAFixedNumberOfStatementsWhateverTheSizeOfTheLibrary() throws Exception {
		String facilitator = this.accounts.create("Counting Facilitator", AccountRole.FACILITATOR, "CIVIL_SOCIETY");
		String small = this.dialogues.create(facilitator, "Small library", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		String large = this.dialogues.create(facilitator, "Large library", Visibility.PUBLIC, JoinPolicy.OPEN, true,
				DialogueStatus.OPEN);
		long smallStory = fill(small, facilitator, 1, 2);
		long largeStory = fill(large, facilitator, 30, 8);
		WebClient visitor = new WebClient(this.mvc);
		for (String page : List.of("/resources", "/resources?kind=PUBLICATION&lang=sw", "/blog", "/feed.atom", "")) {
			compare(visitor, "/dialogues/" + small + page, "/dialogues/" + large + page);
		}
		compare(visitor, "/dialogues/" + small + "/resources/" + smallStory + "/frames/2",
				"/dialogues/" + large + "/resources/" + largeStory + "/frames/7");
		compare(visitor, "/dialogues/" + small + "/resources/" + smallStory,
				"/dialogues/" + large + "/resources/" + largeStory);
	}

	/** Adds publications, blog posts and a photo story of {@code frames} frames. */
	private long fill(String slug, String facilitator, int entries, int frames) {
		return this.dialogues.as(facilitator, (viewer) -> {
			for (int i = 0; i < entries; i++) {
				this.resources.create(slug, viewer, details(ResourceKind.PUBLICATION, "Publication " + i), "a.pdf",
						ResourceIT.PDF);
				this.resources.create(slug, viewer, details(ResourceKind.BLOG, "Post " + i), null, null);
			}
			long story = this.resources.create(slug, viewer, details(ResourceKind.PHOTO_STORY, "Story"), null, null);
			for (int i = 0; i < frames; i++) {
				this.resources.addFrame(
						slug, viewer, story, new ResourceService.NewFrame(Map.of("en", "Frame " + i),
								Map.of("en", "Alt " + i), "", Consent.NO_PEOPLE),
						"f.jpg", TestJpegs.withGps(64, 48, 1));
			}
			return story;
		});
	}

	private static ResourceDetails details(ResourceKind kind, String title) {
		return new ResourceDetails(kind, title, "Summary", "Body", "", List.of("sw"), "", "", List.of(), List.of(), "",
				null, null, "");
	}

	private void compare(WebClient client, String smallPath, String largePath) throws Exception {
		client.perform(get(smallPath));
		long smallCount = statements(client, smallPath);
		long largeCount = statements(client, largePath);
		System.out.printf("P1 statements: %s -> %d (small), %d (large)%n", largePath, smallCount, largeCount);
		assertThat(largeCount).as("statements for %s vs %s", largePath, smallPath).isEqualTo(smallCount);
		assertThat(largeCount).as("statements for %s", largePath).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	private long statements(WebClient client, String path) throws Exception {
		return SqlStatements.of(client, path);
	}

}
