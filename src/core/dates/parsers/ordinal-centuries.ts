/**
 * Centuries as historians abbreviate them (issue 16, item 3): an ordinal followed by an era or by a short
 * century mark is a century, with no "century" word:
 *   `3rd BCE`, `writing 2nd BC`, `until late 2nd BCE`, `5th - early 3rd BCE`, `3rd - 2nd BCE`, `8th-cen AD`,
 *   `19th and 20th cen`, `late 18th-cen`, `5th-3rd c. BC`, `1st c. CE`.
 * A bare ordinal is never a century ("the 3rd Army", "3rd battalion", "the 2nd of May"): the mark or the era
 * must follow the (last) ordinal. BC ranges run down ("5th - 3rd BCE"), AD ranges up ("19th and 20th cen").
 */
import { type Candidate, type ScanContext, eachMatch, point, qualifierSpan } from "../patterns";

const ERA = "(BCE|BC|B\\.\\s?C\\.?(?:\\s?E\\.?)?|AD|A\\.\\s?D\\.?|CE|C\\.\\s?E\\.?)";
const Q = "(?:([Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?";
const ORD = "(\\d{1,2})(?:st|nd|rd|th)";
/** `c.`, `c` before a space or punctuation, `cen.`, `cent.` (not "cents", "central", "century"). */
const MARK = "(?:c\\.|c(?=[\\s,;:)\\]]|$)|cent?\\.?(?![A-Za-z]))";
const ORDINAL_CENTURY = new RegExp(
	`(^|[^\\w/.-])${Q}${ORD}(?:\\s?(?:[-–—\\u2011]|to|and|or)\\s?(?:the\\s)?${Q}${ORD})?` +
		`(?:(?:[\\s-]?(${MARK}))(?:\\s?${ERA}(?![A-Za-z]))?|\\s${ERA}(?![A-Za-z]))`,
	"g",
);

/** Cheap gate: an ordinal followed by a century mark or an era. */
export const ORDINAL_CENTURY_HINT =
	/\d(?:st|nd|rd|th)[\s-]?(?:c\b|c\.|cent?\b|cent?\.|BC|B\.\s?C|AD|A\.\s?D|CE\b|C\.E)/;

/** Century n as astronomical years: AD n -> [100n-99, 100n]; BC n -> [1-100n, -100(n-1)]. */
function startOf(n: number, bc: boolean): number {
	return bc ? 1 - 100 * n : 100 * n - 99;
}

export function ordinalCenturies(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.labelMode) return;
	eachMatch(
		ORDINAL_CENTURY,
		ctx.text,
		(m) => {
			const [, lead, q1, o1, q2, o2, mark, era1, era2] = m;
			const era = era1 ?? era2;
			if (!mark && !era) return null;
			const a = Number(o1);
			const b = o2 !== undefined ? Number(o2) : a;
			if (a < 1 || b < 1 || a > 21 || b > 21) return null;
			const bc = era ? /^B/.test(era) : ctx.defaultEra === "BCE";
			if (o2 !== undefined && (bc ? b >= a : b <= a)) return null;
			const [s] = qualifierSpan(q1, startOf(a, bc), 100);
			const [, e] = qualifierSpan(o2 !== undefined ? q2 : q1, startOf(b, bc), 100);
			return {
				index: m.index + lead.length,
				end: m.index + m[0].length,
				start: point(s),
				stop: point(e),
				precision: "century",
				approximate: !!(q1 || q2),
				tag: "hist/century",
			};
		},
		out,
	);
}
