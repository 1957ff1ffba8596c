/** How era words are written in English labels: BC/AD or BCE/CE, and whether small CE years carry theirs. */
import { groupDigits } from "./calendar";

export interface EraStyle {
	/** "44 BCE", "79 CE", "5th century BCE" instead of "44 BC", "AD 79", "5th century BC". */
	bce?: boolean;
	/**
	 * CE years below 1000 carry their era ("AD 43", "43 CE", "3rd century AD"): on a list or axis that also has
	 * BC dates, or when the note wrote the era with the date. Years from 1000 on never need it.
	 */
	markCE?: boolean;
}

/** The round-trip label's style: BC, no era on CE years. */
export const PLAIN: EraStyle = {};

/** Below this, a CE year on a list with BC dates is written with its era ("AD 43"). */
export const MARK_CE_BELOW = 1000;

/** "44 BC" / "44 BCE"; "AD 43" / "43 CE" when marked and small; "1933" otherwise. */
export function yearIn(year: number, s: EraStyle): string {
	if (year <= 0) return `${groupDigits(1 - year)} ${s.bce ? "BCE" : "BC"}`;
	if (s.markCE && year < MARK_CE_BELOW) return s.bce ? `${year} CE` : `AD ${year}`;
	return groupDigits(year);
}

/** The era word after a BC period ("5th century BC"); after a marked small CE period ("3rd century AD"); else "". */
export function periodEra(bc: boolean, endYear: number, s: EraStyle): string {
	if (bc) return s.bce ? " BCE" : " BC";
	if (s.markCE && endYear <= MARK_CE_BELOW) return s.bce ? " CE" : " AD";
	return "";
}
