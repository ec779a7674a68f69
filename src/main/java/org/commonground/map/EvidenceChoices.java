package org.commonground.map;

import java.util.List;

import org.commonground.challenge.ChallengeRef;
import org.commonground.meeting.MeetingRef;
import org.commonground.resource.ResourceRef;

/**
 * What a relation of the map may cite as evidence: the dialogue's challenges, meetings
 * and resources.
 */
public record EvidenceChoices(List<ChallengeRef> challenges, List<MeetingRef> meetings, List<ResourceRef> resources) {
}
