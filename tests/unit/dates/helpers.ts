/** Compact notation for expected dates: "1933-11", "1930..1939", "1150~", "-43-03-15", joined by ";". */
import type { DateMatch } from "../../../src/core/dates";
import type { YMD } from "../../../src/core/model";

export function pointText(p: YMD): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${p.year}${p.month !== undefined ? `-${pad(p.month)}` : ""}${p.day !== undefined ? `-${pad(p.day)}` : ""}`;
}

/** The found dates in the same notation as the fixture's expected column. */
export function notation(found: DateMatch[]): string {
	return found
		.map((m) => {
			const d = m.date;
			const a = pointText(d.start);
			const b = pointText(d.end);
			return `${a === b ? a : `${a}..${b}`}${d.approximate ? "~" : ""}`;
		})
		.join(";");
}
