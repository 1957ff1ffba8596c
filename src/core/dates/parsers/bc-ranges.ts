/**
 * Word ranges whose era comes once at the end (issue 16, item 3): "between 58 and 50 BC", "from 461 to 446
 * BC", "between approximately 3500 and 1200 BC". The first year takes the era too, so the range is whole
 * (before, the first year was lost or read as AD). The larger year must come first, as BC counts down.
 */
import { type Candidate, type ScanContext, eachMatch, glued, point } from "../patterns";

const BC_WORD_RANGE =
	/\b([Bb]etween|[Ff]rom)\s+(?:(c\.|ca\.|circa|about|around|approximately)\s*)?(\d{1,3}(?:,\d{3})+|\d{1,7})\s+(?:and|to|until|till)\s+(?:(?:c\.|ca\.|circa|about|around)\s*)?(\d{1,3}(?:,\d{3})+|\d{1,7})\s?(BCE|BC|B\.\s?C\.(?:\s?E\.)?)(?![A-Za-z])/g;

const num = (s: string): number => Number(s.replace(/,/g, ""));

export function bcWordRanges(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.labelMode) return;
	const { text } = ctx;
	eachMatch(
		BC_WORD_RANGE,
		text,
		(m) => {
			const a = num(m[3]);
			const b = num(m[4]);
			if (!(a > b) || b < 1 || glued(text, m.index)) return null;
			return {
				index: m.index,
				end: m.index + m[0].length,
				tag: "hist/era-range",
				precision: "year",
				approximate: !!m[2],
				start: point(1 - a),
				stop: point(1 - b),
			};
		},
		out,
	);
}
