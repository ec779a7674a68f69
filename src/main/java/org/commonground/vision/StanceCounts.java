package org.commonground.vision;

/** How many stances of each kind, with the shares the small bars draw. */
public record StanceCounts(long agree, long canLiveWith, long disagree) {

	public static final StanceCounts NONE = new StanceCounts(0, 0, 0);

	public long total() {
		return this.agree + this.canLiveWith + this.disagree;
	}

	public static StanceCounts sum(StanceCounts a, StanceCounts b) {
		return new StanceCounts(a.agree + b.agree, a.canLiveWith + b.canLiveWith, a.disagree + b.disagree);
	}

	/** The stance most people took; on a tie the more accepting one. */
	public Stance mostCommon() {
		if (this.agree >= this.canLiveWith && this.agree >= this.disagree) {
			return Stance.AGREE;
		}
		return (this.canLiveWith >= this.disagree) ? Stance.CAN_LIVE_WITH : Stance.DISAGREE;
	}

	/**
	 * A show of hands in a room as it counts among the stances: once per person where the
	 * facilitator said so ({@code weighted}), else as one voice for its most common
	 * stance. The common-ground view, the version page and everything built on them count
	 * it this way.
	 */
	public StanceCounts counted(boolean weighted) {
		return weighted ? this : NONE.plus(mostCommon(), 1);
	}

	public StanceCounts plus(Stance stance, long n) {
		return switch (stance) {
			case AGREE -> new StanceCounts(this.agree + n, this.canLiveWith, this.disagree);
			case CAN_LIVE_WITH -> new StanceCounts(this.agree, this.canLiveWith + n, this.disagree);
			case DISAGREE -> new StanceCounts(this.agree, this.canLiveWith, this.disagree + n);
		};
	}

	/** Share of stances that accept the paragraph (agree or can live with it), 0 to 1. */
	public double accepting() {
		return (total() == 0) ? 0 : (double) (this.agree + this.canLiveWith) / total();
	}

	/** Share of stances that disagree, 0 to 1. */
	public double disagreeing() {
		return (total() == 0) ? 0 : (double) this.disagree / total();
	}

	/**
	 * Where these stances lean: {@code ACCEPTS} (at least two thirds agree or can live
	 * with it), {@code REJECTS} (more than half disagree), {@code SPLIT} (neither) or
	 * {@code NONE} (no stance).
	 */
	public Leaning leaning() {
		if (total() == 0) {
			return Leaning.NONE;
		}
		if (accepting() >= CommonGround.ACCEPTS) {
			return Leaning.ACCEPTS;
		}
		return (disagreeing() > CommonGround.REJECTS) ? Leaning.REJECTS : Leaning.SPLIT;
	}

	/** Where one group's stances on a paragraph lean: a cell of the heat map. */
	public enum Leaning {

		ACCEPTS, SPLIT, REJECTS, NONE

	}

	/** Width in a 100-unit bar of agree, can-live-with and disagree. */
	public int agreeWidth() {
		return width(this.agree);
	}

	public int canLiveWithWidth() {
		return width(this.canLiveWith);
	}

	public int disagreeWidth() {
		return 100 - agreeWidth() - canLiveWithWidth() - ((total() == 0) ? 100 : 0);
	}

	private int width(long n) {
		return (total() == 0) ? 0 : (int) Math.round(100.0 * n / total());
	}

}
