package org.commonground.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of a map the size of the demo's Geita gold chain: every box inside the
 * drawing, no two boxes overlapping, pinned actors where they were put, and the same
 * drawing every time.
 */
class MapLayoutTest {

	private static final String[] NAMES = { "Pit owners", "Artisanal miners", "Miners' association",
			"Dealers and financiers", "Processing plant owners", "Licensed gold buyers", "Geita gold market",
			"Geita Gold Refinery", "Bank of Tanzania", "Resident Mining Office", "Geita District Council",
			"Informal mercury trade", "Women miners' network", "Nyankanga gold mine", "Mining villages" };

	private static final int[][] LINKS = { { 3, 0 }, { 0, 3 }, { 4, 0 }, { 3, 4 }, { 0, 1 }, { 1, 5 }, { 3, 6 },
			{ 5, 6 }, { 5, 7 }, { 7, 8 }, { 9, 0 }, { 9, 5 }, { 9, 6 }, { 9, 4 }, { 10, 5 }, { 10, 0 }, { 11, 4 },
			{ 11, 1 }, { 12, 1 }, { 13, 1 }, { 14, 1 }, { 14, 13 }, { 2, 0 } };

	@Test
	void boxesNeitherOverlapNorLeaveTheDrawingAndPinnedActorsStayPut() {
		MapDrawing drawing = checked(Map.of(0, new double[] { 16, 50 }, 8, new double[] { 90, 14 }), LINKS);
		assertThat(drawing.nodes().get(8).x()).isEqualTo(720.0);
		assertThat(drawing.nodes().get(8).y()).isEqualTo(78.4);
	}

	@Test
	void actorsPinnedAtTheCornersStayInsideTheDrawing() {
		checked(Map.of(0, new double[] { 100, 100 }, 1, new double[] { 0, 0 }, 2, new double[] { 100, 0 }), LINKS);
	}

	/**
	 * The demo's pins, with one relation more (the one MapBrowserIT proposes): the force
	 * layout puts the dealers between two pinned actors too close for its width, so it
	 * has to leave them upwards or downwards.
	 */
	@Test
	void aBoxSqueezedBetweenTwoPinnedActorsMovesUpOrDown() {
		Map<Integer, double[]> pins = Map.of(0, new double[] { 30, 45 }, 1, new double[] { 14, 72 }, 6,
				new double[] { 64, 45 }, 8, new double[] { 88, 88 }, 9, new double[] { 48, 8 });
		checked(pins, LINKS);
		int[][] more = java.util.Arrays.copyOf(LINKS, LINKS.length + 1);
		more[LINKS.length] = new int[] { 4, 1 };
		checked(pins, more);
	}

	private static MapDrawing checked(Map<Integer, double[]> pins, int[][] links) {
		List<ActorView> actors = new ArrayList<>();
		for (int i = 0; i < NAMES.length; i++) {
			double[] pin = pins.get(i);
			actors.add(new ActorView(i + 1, NAMES[i], NAMES[i], ActorKind.COMPANY, null, "", 3, "", "",
					(pin != null) ? Double.valueOf(pin[0]) : null, (pin != null) ? Double.valueOf(pin[1]) : null));
		}
		List<RelationView> relations = new ArrayList<>();
		for (int i = 0; i < links.length; i++) {
			relations.add(new RelationView(100 + i, links[i][0] + 1, NAMES[links[i][0]], links[i][1] + 1,
					NAMES[links[i][1]], RelationType.SELLS_GOLD_TO, 2, null, RelationStatus.AGREED, "", List.of(),
					List.of(), List.of(), "", false));
		}
		MapDrawing drawing = MapLayout.draw(actors, relations);
		List<MapDrawing.Node> nodes = drawing.nodes();
		for (MapDrawing.Node node : nodes) {
			// A margin kept inside the drawing, so that no box (nor its focus outline) is
			// clipped.
			assertThat(node.left()).as(node.name()).isGreaterThanOrEqualTo(11.9);
			assertThat(node.top()).as(node.name()).isGreaterThanOrEqualTo(11.9);
			assertThat(node.left() + node.width()).as(node.name()).isLessThanOrEqualTo(drawing.width() - 11.9);
			assertThat(node.top() + node.height()).as(node.name()).isLessThanOrEqualTo(drawing.height() - 11.9);
		}
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				MapDrawing.Node a = nodes.get(i);
				MapDrawing.Node b = nodes.get(j);
				boolean overlap = a.left() < b.left() + b.width() && b.left() < a.left() + a.width()
						&& a.top() < b.top() + b.height() && b.top() < a.top() + a.height();
				assertThat(overlap).as("%s overlaps %s", a.name(), b.name()).isFalse();
			}
		}
		assertThat(MapLayout.draw(actors, relations)).isEqualTo(drawing);
		return drawing;
	}

}
