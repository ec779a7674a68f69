package org.commonground.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Lays a map out with JGraphT's Fruchterman–Reingold force-directed algorithm (seeded, so
 * the same map is drawn the same way every time); actors a facilitator pinned stay where
 * they were put (in percent of the drawing). Then draws each relation as a curve from box
 * edge to box edge, parallel and opposite relations bowed apart.
 */
public final class MapLayout {

	static final int WIDTH = 800;

	static final int HEIGHT = 560;

	private static final double NODE_HEIGHT = 34;

	/** The room kept between a box and the drawing's edge (a pin at 100 % included). */
	private static final double MARGIN = 12;

	/** Rounds of separation in which boxes may also move sideways. */
	private static final int SIDEWAYS_ROUNDS = 60;

	/** The room kept between two actors' boxes. */
	private static final double GAP = 10;

	private static final int SHORT_NAME = 22;

	private MapLayout() {
	}

	/** Lays out the actors and the relations between them. */
	public static MapDrawing draw(List<ActorView> actors, List<RelationView> relations) {
		Graph<Long, Long> graph = new DirectedPseudograph<>(null, null, false);
		Map<Long, ActorView> byId = new HashMap<>();
		for (ActorView actor : actors) {
			graph.addVertex(actor.id());
			byId.put(actor.id(), actor);
		}
		for (RelationView relation : relations) {
			graph.addEdge(relation.fromId(), relation.toId(), relation.id());
		}
		double maxWidth = 0;
		Map<Long, Double> widths = new HashMap<>();
		for (ActorView actor : actors) {
			double width = Math.max(80, Math.min(SHORT_NAME, actor.name().length()) * 7.2 + 20);
			widths.put(actor.id(), width);
			maxWidth = Math.max(maxWidth, width);
		}
		double halfWidth = maxWidth / 2 + MARGIN;
		double halfHeight = NODE_HEIGHT / 2 + MARGIN;
		MapLayoutModel2D<Long> model = new MapLayoutModel2D<>(
				Box2D.of(halfWidth, halfHeight, WIDTH - 2 * halfWidth, HEIGHT - 2 * halfHeight));
		for (ActorView actor : actors) {
			if (actor.pinX() != null) {
				model.put(actor.id(), Point2D.of(WIDTH * actor.pinX() / 100, HEIGHT * actor.pinY() / 100));
				model.setFixed(actor.id(), true);
			}
		}
		if (!actors.isEmpty()) {
			new FRLayoutAlgorithm2D<Long, Long>(300, 0.6, new Random(19)).layout(graph, model);
		}
		Map<Long, double[]> centres = new HashMap<>();
		for (ActorView actor : actors) {
			Point2D point = model.get(actor.id());
			double width = widths.get(actor.id());
			double x = clamp(point.getX(), width / 2 + MARGIN, WIDTH - width / 2 - MARGIN);
			double y = clamp(point.getY(), NODE_HEIGHT / 2 + MARGIN, HEIGHT - NODE_HEIGHT / 2 - MARGIN);
			centres.put(actor.id(), new double[] { x, y, width / 2, NODE_HEIGHT / 2 });
		}
		separate(actors, centres);
		List<MapDrawing.Node> nodes = new ArrayList<>();
		for (ActorView actor : actors) {
			double[] box = centres.get(actor.id());
			nodes.add(new MapDrawing.Node(actor.id(), actor.name(), shorten(actor.name()), actor.kind().name(),
					round(box[0]), round(box[1]), box[2] * 2, NODE_HEIGHT, actor.pinX() != null));
		}
		return new MapDrawing(WIDTH, HEIGHT, nodes, edges(relations, centres));
	}

	/**
	 * The force-directed layout places points, not boxes: pushes overlapping boxes apart
	 * (along the axis where they overlap least, then only up or down; pinned actors
	 * staying put) until no two boxes and their gaps overlap, or a bounded number of
	 * rounds has passed.
	 */
	private static void separate(List<ActorView> actors, Map<Long, double[]> centres) {
		for (int round = 0; round < 200; round++) {
			boolean moved = false;
			for (int i = 0; i < actors.size(); i++) {
				for (int j = i + 1; j < actors.size(); j++) {
					moved |= pushApart(actors.get(i), centres.get(actors.get(i).id()), actors.get(j),
							centres.get(actors.get(j).id()), round >= SIDEWAYS_ROUNDS);
				}
			}
			if (!moved) {
				return;
			}
		}
	}

	private static boolean pushApart(ActorView first, double[] a, ActorView second, double[] b,
			boolean onlyVertically) {
		double overlapX = a[2] + b[2] + GAP - Math.abs(a[0] - b[0]);
		double overlapY = a[3] + b[3] + GAP - Math.abs(a[1] - b[1]);
		if (overlapX <= 0 || overlapY <= 0) {
			return false;
		}
		boolean aFixed = first.pinX() != null;
		boolean bFixed = second.pinX() != null;
		if (aFixed && bFixed) {
			return false;
		}
		double shareA = aFixed ? 0 : (bFixed ? 1 : 0.5);
		double shareB = 1 - shareA;
		// Boxes are wide and low: moving up or down frees them with less travel, so the
		// vertical overlap is weighed at its height-to-width share. Boxes still pushed
		// sideways after a while may be squeezed between others (pinned ones, the
		// drawing's edge): from then on they move only up or down.
		if (onlyVertically || overlapY * 3 < overlapX) {
			double direction = (a[1] < b[1] || (a[1] == b[1] && a[0] < b[0])) ? -1 : 1;
			a[1] = clamp(a[1] + direction * overlapY * shareA, a[3] + MARGIN, HEIGHT - a[3] - MARGIN);
			b[1] = clamp(b[1] - direction * overlapY * shareB, b[3] + MARGIN, HEIGHT - b[3] - MARGIN);
		}
		else {
			double direction = (a[0] < b[0] || (a[0] == b[0] && a[1] < b[1])) ? -1 : 1;
			a[0] = clamp(a[0] + direction * overlapX * shareA, a[2] + MARGIN, WIDTH - a[2] - MARGIN);
			b[0] = clamp(b[0] - direction * overlapX * shareB, b[2] + MARGIN, WIDTH - b[2] - MARGIN);
		}
		return true;
	}

	private static List<MapDrawing.Edge> edges(List<RelationView> relations, Map<Long, double[]> centres) {
		Map<String, Integer> perPair = new HashMap<>();
		for (RelationView relation : relations) {
			perPair.merge(pair(relation), 1, Integer::sum);
		}
		Map<String, Integer> seen = new HashMap<>();
		List<MapDrawing.Edge> edges = new ArrayList<>();
		for (RelationView relation : relations) {
			double[] from = centres.get(relation.fromId());
			double[] to = centres.get(relation.toId());
			String pair = pair(relation);
			int count = perPair.get(pair);
			int index = seen.merge(pair, 1, Integer::sum) - 1;
			// Offsets are measured on the pair's own direction (low id to high id), so
			// that A->B and B->A bow to different sides.
			double sign = (relation.fromId() < relation.toId()) ? 1 : -1;
			double offset = (count == 1) ? 0 : (index - (count - 1) / 2.0) * 28 * sign;
			double dx = to[0] - from[0];
			double dy = to[1] - from[1];
			double length = Math.max(1, Math.hypot(dx, dy));
			double cx = (from[0] + to[0]) / 2 - dy / length * offset * 2;
			double cy = (from[1] + to[1]) / 2 + dx / length * offset * 2;
			double[] start = boxEdge(from, cx - from[0], cy - from[1], 2);
			double[] end = boxEdge(to, cx - to[0], cy - to[1], 4);
			String path = String.format(Locale.ROOT, "M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f", start[0], start[1], cx, cy,
					end[0], end[1]);
			edges.add(new MapDrawing.Edge(relation.id(), relation.type(), path, 1 + relation.strength() * 1.2,
					relation.disputed(), relation.sentence()));
		}
		return edges;
	}

	/** Where a line from a box's centre in direction (dx, dy) leaves it, plus a gap. */
	private static double[] boxEdge(double[] box, double dx, double dy, double gap) {
		double length = Math.hypot(dx, dy);
		if (length < 1e-6) {
			return new double[] { box[0], box[1] };
		}
		double ux = dx / length;
		double uy = dy / length;
		double t = Math.min((Math.abs(ux) < 1e-9) ? Double.MAX_VALUE : box[2] / Math.abs(ux),
				(Math.abs(uy) < 1e-9) ? Double.MAX_VALUE : box[3] / Math.abs(uy));
		return new double[] { box[0] + ux * (t + gap), box[1] + uy * (t + gap) };
	}

	private static String pair(RelationView relation) {
		return Math.min(relation.fromId(), relation.toId()) + "-" + Math.max(relation.fromId(), relation.toId());
	}

	private static String shorten(String name) {
		return (name.length() <= SHORT_NAME) ? name : name.substring(0, SHORT_NAME - 1).strip() + "…";
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
