package org.commonground.dialogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;

/**
 * An account in a dialogue. At most one per account and dialogue (a unique constraint).
 */
@Entity
@Table(name = "membership")
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dialogue_id")
	private Dialogue dialogue;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	// What the membership shows of its member, read with the row from the account
	// module's published view (values, not an association into another module; no second
	// statement).

	@Formula("(select a.display_name from account_directory a where a.id = account_id)")
	private String memberName;

	@Formula("(select a.organisation from account_directory a where a.id = account_id)")
	private String memberOrganisation;

	@Formula("(select a.region from account_directory a where a.id = account_id)")
	private String memberRegion;

	@Formula("(select a.stakeholder_group_id from account_directory a where a.id = account_id)")
	private long memberGroupId;

	/**
	 * An account made for someone who takes part offline (SMS, meetings): it cannot sign
	 * in (V137).
	 */
	@Formula("(select a.offline from account_directory a where a.id = account_id)")
	private boolean memberOffline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private MembershipRole role = MembershipRole.PARTICIPANT;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private MembershipStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "display_mode", nullable = false, length = 12)
	private DisplayMode displayMode = DisplayMode.NAMED;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "joined_at")
	private Instant joinedAt;

	@Column(name = "removed_at")
	private Instant removedAt;

	@Column(name = "removed_by")
	private Long removedBy;

	@Column(name = "removal_reason", length = 500)
	private String removalReason;

	/** Marked by a facilitator as trusted to translate contributions (V45). */
	@Column(nullable = false)
	private boolean translator;

	@Version
	private long version;

	protected Membership() {
	}

	public Long getId() {
		return this.id;
	}

	public Dialogue getDialogue() {
		return this.dialogue;
	}

	public long getAccountId() {
		return this.accountId;
	}

	/** The member as the dialogue shows them. */
	public Member getMember() {
		return new Member(this.accountId, this.memberName, this.memberOrganisation, this.memberRegion,
				this.memberGroupId);
	}

	/**
	 * Whether the member's account is one made for someone who takes part offline (by SMS
	 * or at meetings), which cannot sign in: such a member is not made a facilitator.
	 */
	public boolean isMemberOffline() {
		return this.memberOffline;
	}

	public MembershipRole getRole() {
		return this.role;
	}

	public MembershipStatus getStatus() {
		return this.status;
	}

	public DisplayMode getDisplayMode() {
		return this.displayMode;
	}

	public Instant getJoinedAt() {
		return this.joinedAt;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getRemovalReason() {
		return this.removalReason;
	}

	public boolean isActive() {
		return this.status == MembershipStatus.ACTIVE;
	}

	public boolean isPending() {
		return this.status == MembershipStatus.PENDING;
	}

	public boolean isFacilitator() {
		return isActive() && this.role == MembershipRole.FACILITATOR;
	}

	/** Removed by a facilitator (as opposed to having left or never joined). */
	public boolean wasRemovedByFacilitator() {
		return this.status == MembershipStatus.REMOVED && this.removedBy != null && this.removedBy != this.accountId;
	}

	/**
	 * A request to join that a facilitator declined: removed by a facilitator before it
	 * was ever active. The facilitator's reason, if any, is the removal reason.
	 */
	public boolean wasDeclined() {
		return wasRemovedByFacilitator() && this.joinedAt == null;
	}

	void activate(DisplayMode displayMode, Instant now) {
		this.status = MembershipStatus.ACTIVE;
		this.displayMode = displayMode;
		this.joinedAt = now;
		this.removedAt = null;
		this.removedBy = null;
		this.removalReason = null;
	}

	void request(DisplayMode displayMode, Instant now) {
		this.status = MembershipStatus.PENDING;
		this.displayMode = displayMode;
		this.requestedAt = now;
		this.removedAt = null;
		this.removedBy = null;
		this.removalReason = null;
	}

	void approve(Instant now) {
		this.status = MembershipStatus.ACTIVE;
		this.joinedAt = now;
	}

	void remove(long byAccountId, String reason, Instant now) {
		this.status = MembershipStatus.REMOVED;
		this.role = MembershipRole.PARTICIPANT;
		this.translator = false;
		this.removedAt = now;
		this.removedBy = byAccountId;
		this.removalReason = reason;
	}

	/** Marked as trusted to translate contributions, while an active member. */
	public boolean isTranslator() {
		return isActive() && this.translator;
	}

	void markTranslator(boolean translator) {
		this.translator = translator;
	}

	void changeRole(MembershipRole role) {
		this.role = role;
	}

	void changeDisplayMode(DisplayMode displayMode) {
		this.displayMode = displayMode;
	}

}
