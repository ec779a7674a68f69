package org.commonground.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cells a spreadsheet would run as formulas are neutralised; others are kept as they are.
 */
class CsvSummaryWriterTest {

	@Test
	void cellsStartingLikeAFormulaGetALeadingApostrophe() {
		for (String dangerous : new String[] { "=1+1", "+255 700", "-2", "@SUM(A1)", "\tcmd", "\rcmd" }) {
			assertThat(CsvSummaryWriter.safe(dangerous)).isEqualTo("'" + dangerous);
		}
		for (String plain : new String[] { "Mercury", "1+1=2", " =not first", "Ñ", "'quoted" }) {
			assertThat(CsvSummaryWriter.safe(plain)).isEqualTo(plain);
		}
		assertThat(CsvSummaryWriter.safe(null)).isNull();
		assertThat(CsvSummaryWriter.safe("")).isEmpty();
	}

}
