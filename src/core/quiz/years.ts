/** Year labels and typed-year parsing. Years are astronomical: 1 BC = 0, 44 BC = -43. */
import { formatYear } from "../dates/format";

/** "44 BC" for -43, "1933" for 1933: the historians' labels of core/dates. */
export function yearLabel(year: number): string {
	return formatYear(year);
}

/**
 * Reads a typed year: "1933", "AD 1933", "1933 CE", "44 BC", "44 B.C.E.", "c. 1150".
 * Returns the astronomical year, or null when the text is not a year.
 */
export function parseYear(text: string): number | null {
	const t = text
		.trim()
		.toLowerCase()
		.replace(/[.,]/g, "")
		.replace(/^(c|ca|circa|vers|um|hacia|cerca de)\s+/, "")
		.replace(/\s+/g, " ")
		// The eras of fr, de, es, pt, it ("44 av. J.-C.", "44 v. Chr.", "44 a. C.", "44 a.C."), dots already gone.
		.replace(
			/ (?:av j-c|av jc|avant j-c|avant jesus-christ|ane|v chr|vor christus|v u z|a c|ac|a de c|aec)$/,
			" bc",
		)
		.replace(/ (?:ap j-c|apr j-c|n chr|d c|dc)$/, " ad");
	const m = /^(ad |ce )?(-?\d{1,5})( ?(bc|bce|ad|ce))?$/.exec(t);
	if (!m) return null;
	const n = Number(m[2]);
	if (!Number.isFinite(n)) return null;
	const era = m[4];
	if (era === "bc" || era === "bce") {
		if (n <= 0 || m[1]) return null;
		return 1 - n;
	}
	return n;
}
