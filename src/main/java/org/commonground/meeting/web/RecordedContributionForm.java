package org.commonground.meeting.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.commonground.meeting.RecordedChannel;
import org.commonground.meeting.RecordedInput;
import org.commonground.meeting.RecordedKind;
import org.commonground.meeting.WorkshopRecording;

import org.springframework.web.multipart.MultipartFile;

/**
 * A contribution a facilitator writes down on behalf of people at a meeting: a challenge
 * (title and text), a comment on a challenge or on a paragraph of the vision, or a show
 * of hands; optionally with a photo of the card or flip chart.
 */
class RecordedContributionForm {

	@NotNull(message = "{validation.required}")
	private RecordedKind type = RecordedKind.CHALLENGE;

	@NotBlank(message = "{recorded.error.group}")
	private String stakeholderGroup;

	@NotNull(message = "{recorded.error.people}")
	@Min(value = 1, message = "{recorded.error.people}")
	@Max(value = WorkshopRecording.MAX_PEOPLE, message = "{recorded.error.people}")
	private Integer peopleCount = 1;

	private boolean weighted;

	@NotNull(message = "{recorded.error.channel}")
	private RecordedChannel channel = RecordedChannel.CARD;

	@Size(max = 150, message = "{validation.too-long}")
	private String title;

	@Size(max = 10000, message = "{validation.too-long}")
	private String body;

	private String paragraphKey;

	@Min(value = 0, message = "{recorded.error.hands}")
	private Integer agreeCount;

	@Min(value = 0, message = "{recorded.error.hands}")
	private Integer canLiveCount;

	@Min(value = 0, message = "{recorded.error.hands}")
	private Integer disagreeCount;

	private Long challengeId;

	private String language;

	private String formToken;

	/** A photo of the card or flip chart (optional; facilitators only see it). */
	private MultipartFile photo;

	/** The record of the previous card, whose photo this card may share. */
	private Long photoFrom;

	/** Whether this card shares the previous card's photo. */
	private boolean samePhoto = true;

	RecordedInput toInput() {
		if (this.type == RecordedKind.STANCES) {
			RecordedInput.Hands hands = new RecordedInput.Hands(this.paragraphKey, zero(this.agreeCount),
					zero(this.canLiveCount), zero(this.disagreeCount));
			return new RecordedInput(this.type, this.stakeholderGroup, Math.max(1, hands.total()), this.weighted,
					this.channel, null, null, null, this.language, this.formToken, hands);
		}
		return new RecordedInput(this.type, this.stakeholderGroup, this.peopleCount, this.weighted, this.channel,
				this.title, this.body, this.challengeId, this.language, this.formToken, null, this.paragraphKey, null);
	}

	/** The input with its photo: a new upload, or the previous card's. */
	RecordedInput toInput(RecordedInput.Photo withPhoto) {
		RecordedInput input = toInput();
		return new RecordedInput(input.kind(), input.stakeholderGroup(), input.people(), input.weighted(),
				input.channel(), input.title(), input.body(), input.challengeId(), input.language(), input.formToken(),
				input.hands(), input.paragraphKey(), withPhoto);
	}

	public MultipartFile getPhoto() {
		return this.photo;
	}

	public void setPhoto(MultipartFile photo) {
		this.photo = photo;
	}

	public Long getPhotoFrom() {
		return this.photoFrom;
	}

	public void setPhotoFrom(Long photoFrom) {
		this.photoFrom = photoFrom;
	}

	public boolean isSamePhoto() {
		return this.samePhoto;
	}

	public void setSamePhoto(boolean samePhoto) {
		this.samePhoto = samePhoto;
	}

	private static int zero(Integer n) {
		return (n != null) ? n : 0;
	}

	public String getParagraphKey() {
		return this.paragraphKey;
	}

	public void setParagraphKey(String paragraphKey) {
		this.paragraphKey = paragraphKey;
	}

	public Integer getAgreeCount() {
		return this.agreeCount;
	}

	public void setAgreeCount(Integer agreeCount) {
		this.agreeCount = agreeCount;
	}

	public Integer getCanLiveCount() {
		return this.canLiveCount;
	}

	public void setCanLiveCount(Integer canLiveCount) {
		this.canLiveCount = canLiveCount;
	}

	public Integer getDisagreeCount() {
		return this.disagreeCount;
	}

	public void setDisagreeCount(Integer disagreeCount) {
		this.disagreeCount = disagreeCount;
	}

	public RecordedKind getType() {
		return this.type;
	}

	public void setType(RecordedKind type) {
		this.type = type;
	}

	public String getStakeholderGroup() {
		return this.stakeholderGroup;
	}

	public void setStakeholderGroup(String stakeholderGroup) {
		this.stakeholderGroup = stakeholderGroup;
	}

	public Integer getPeopleCount() {
		return this.peopleCount;
	}

	public void setPeopleCount(Integer peopleCount) {
		this.peopleCount = peopleCount;
	}

	public boolean isWeighted() {
		return this.weighted;
	}

	public void setWeighted(boolean weighted) {
		this.weighted = weighted;
	}

	public RecordedChannel getChannel() {
		return this.channel;
	}

	public void setChannel(RecordedChannel channel) {
		this.channel = channel;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getChallengeId() {
		return this.challengeId;
	}

	public void setChallengeId(Long challengeId) {
		this.challengeId = challengeId;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
