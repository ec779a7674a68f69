package org.commonground.challenge;

/** The orders the challenge list offers. */
public enum ChallengeSort {

	NEWEST, MOST_ENDORSED, MOST_DISCUSSED

}
