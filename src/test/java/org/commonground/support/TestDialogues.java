package org.commonground.support;

import java.util.List;

import org.commonground.account.AccountPrincipal;
import org.commonground.dialogue.DialogueDetails;
import org.commonground.dialogue.DialogueService;
import org.commonground.dialogue.DialogueStatus;
import org.commonground.dialogue.DisplayMode;
import org.commonground.dialogue.Invitation;
import org.commonground.dialogue.JoinPolicy;
import org.commonground.dialogue.MembershipService;
import org.commonground.dialogue.Visibility;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds dialogues and memberships for tests through the real services, signed in as the
 * actor.
 */
@Component
public class TestDialogues {

	private final DialogueService dialogues;

	private final MembershipService memberships;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	TestDialogues(DialogueService dialogues, MembershipService memberships, UserDetailsService users,
			JdbcTemplate jdbc) {
		this.dialogues = dialogues;
		this.memberships = memberships;
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * A dialogue created by the facilitator (a platform FACILITATOR or ADMIN) and moved
	 * to the status.
	 */
	public String create(String facilitatorEmail, String title, Visibility visibility, JoinPolicy joinPolicy,
			boolean pseudonymity, DialogueStatus status) {
		String slug = as(facilitatorEmail, (me) -> this.dialogues
			.create(new DialogueDetails(title + " " + System.nanoTime(), "A dialogue for tests", "Described *here*.",
					"Geita", "TZ", null, null, visibility, joinPolicy, pseudonymity, List.of("FINANCE")), me)
			.getSlug());
		if (status != DialogueStatus.DRAFT) {
			as(facilitatorEmail, (me) -> {
				this.dialogues.changeStatus(slug, DialogueStatus.OPEN, me);
				if (status == DialogueStatus.CLOSED || status == DialogueStatus.ARCHIVED) {
					this.dialogues.changeStatus(slug, DialogueStatus.CLOSED, me);
				}
				if (status == DialogueStatus.ARCHIVED) {
					this.dialogues.changeStatus(slug, DialogueStatus.ARCHIVED, me);
				}
				return null;
			});
		}
		return slug;
	}

	/**
	 * Makes the account an active member, whatever the join policy (through an
	 * invitation).
	 */
	public void addMember(String slug, String facilitatorEmail, String memberEmail, DisplayMode mode) {
		Invitation invitation = as(facilitatorEmail, (me) -> this.memberships.createInvitation(slug, 1, 1, null, me));
		as(memberEmail, (me) -> this.memberships.acceptInvitation(invitation.getToken(), mode, me));
	}

	public Invitation invitation(String slug, String facilitatorEmail, int days, Integer maxUses) {
		return as(facilitatorEmail, (me) -> this.memberships.createInvitation(slug, days, maxUses, null, me));
	}

	public long membershipId(String slug, String email) {
		return this.jdbc.queryForObject(
				"""
						select m.id from membership m join dialogue d on d.id = m.dialogue_id join account a on a.id = m.account_id
						where d.slug = ? and a.email = ?""",
				Long.class, slug, email);
	}

	public String membershipStatus(String slug, String email) {
		List<String> found = this.jdbc.queryForList(
				"""
						select m.status from membership m join dialogue d on d.id = m.dialogue_id join account a on a.id = m.account_id
						where d.slug = ? and a.email = ?""",
				String.class, slug, email);
		return found.isEmpty() ? null : found.get(0);
	}

	public long version(String slug) {
		return this.jdbc.queryForObject("select version from dialogue where slug = ?", Long.class, slug);
	}

	/**
	 * The key of the newest vision version's paragraph that the site numbers
	 * {@code number} (headings not counted).
	 */
	public String paragraphKey(String slug, int number) {
		return this.jdbc.queryForObject("""
				select p.paragraph_key from vision_paragraph p
				join vision_version v on v.id = p.version_id join dialogue d on d.id = v.dialogue_id
				where d.slug = ? and not p.heading
				order by v.number desc, p.position limit 1 offset ?""", String.class, slug, number - 1);
	}

	/** Runs the step signed in as the account. */
	public <T> T as(String email, java.util.function.Function<AccountPrincipal, T> step) {
		AccountPrincipal principal = (AccountPrincipal) this.users.loadUserByUsername(email);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return step.apply(principal);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
