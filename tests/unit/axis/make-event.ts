import type { HistEvent, Precision, YMD } from "../../../src/core/model";

let n = 0;
/** A dated event for axis tests (astronomical years). */
export function ev(start: YMD, end: YMD = start, precision: Precision = "year", briefPath = "C/B.md"): HistEvent {
	const id = `e${++n}`;
	return {
		id,
		briefPath,
		date: { start, end, precision, approximate: false, text: id, label: id },
		text: `Event ${id}`,
		source: { path: briefPath, line: n },
	};
}
