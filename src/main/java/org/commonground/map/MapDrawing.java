package org.commonground.map;

import java.util.List;

/**
 * A map laid out for an inline SVG, in the units of its view box.
 *
 * @param width the view box width
 * @param height the view box height
 */
public record MapDrawing(int width, int height, List<Node> nodes, List<Edge> edges) {

	/** An actor's box, centred on (x, y). */
	public record Node(long actorId, String name, String shortName, String kind, double x, double y, double width,
			double height, boolean pinned) {

		public double left() {
			return this.x - this.width / 2;
		}

		public double top() {
			return this.y - this.height / 2;
		}

	}

	/** A relation's arrow: an SVG path, its type, width and whether it is disputed. */
	public record Edge(long relationId, RelationType type, String path, double strokeWidth, boolean disputed,
			String sentence) {
	}

}
