/** Plain year ranges: 1933–1939, 1932–33 (dashes), from 1917 to 1921, between 1929 and 1933 (words). */
import {
	type Candidate,
	type ScanContext,
	eachMatch,
	followedByUnit,
	glued,
	gluedAfter,
	point,
	precededByReference,
} from "../patterns";
import { bare, MAX_YEAR, yearOk } from "./years";

/** An en or em dash glued between a word and the range: "### The Swadeshi Movement—1903-1908". */
function dashAfterWord(text: string, dash: number): boolean {
	return text[dash] !== "-" && dash > 1 && /\p{L}/u.test(text[dash - 1]) && /\p{L}/u.test(text[dash - 2]);
}

const DASH_RANGE = /\b(\d{3,5})(\s?(?:--|[–—-])\s?)(\d{2,5})\b/g;
/** 1933–1939, 1932–33, (618–907); not pages 207-246, votes 119-56, 1200-1500 men. */
export function dashRanges(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		DASH_RANGE,
		text,
		(m) => {
			const index = m.index;
			const end = index + m[0].length;
			if (glued(text, index) || gluedAfter(text, end) || /^[-–—]\d/.test(text.slice(end, end + 2))) return null;
			if (index > 0 && /[-–—]/.test(text[index - 1]) && !dashAfterWord(text, index - 1)) return null;
			if (precededByReference(text, index) || followedByUnit(text, end)) return null;
			const a = Number(m[1]);
			let b = Number(m[3]);
			const enDash = !/^\s?-\s?$/.test(m[2]);
			if (ctx.defaultEra === "BCE" && b < a && m[3].length >= 3) {
				return {
					index,
					end,
					tag: "hist/year-range",
					precision: "year",
					approximate: false,
					start: point(1 - a),
					stop: point(1 - b),
				};
			}
			if (m[1].length > 4 || m[3].length > 4) return null;
			if (m[3].length === 2) {
				if (m[1].length !== 4) return null;
				b = Math.floor(a / 100) * 100 + b;
			} else if (m[3].length < m[1].length) return null;
			if (b <= a || !yearOk(a, m[1].length, ctx) || b > MAX_YEAR) return null;
			if (m[1].length === 3 && !enDash && !ctx.labelMode && text[index - 1] !== "(") return null;
			return {
				index,
				end,
				tag: "hist/year-range",
				precision: "year",
				approximate: false,
				start: point(bare(a, ctx)),
				stop: point(bare(b, ctx)),
			};
		},
		out,
	);
}

const WORD_RANGE = /\b(?:([Ff]rom|[Bb]etween)\s+)?(\d{3,4})\s+(to|until|till|through|and)\s+(\d{2,4})\b/g;
/** from 1917 to 1921, 1914 until 1918, between 1929 and 1933. */
export function wordRanges(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		WORD_RANGE,
		text,
		(m) => {
			const lead = m[1]?.toLowerCase();
			const sep = m[3];
			if (sep === "and" && lead !== "between") return null;
			if (sep === "to" && !lead && m[2].length !== 4) return null;
			const yearIndex = m.index + m[0].indexOf(m[2]);
			const end = m.index + m[0].length;
			if (glued(text, yearIndex) || gluedAfter(text, end) || followedByUnit(text, end)) return null;
			if (precededByReference(text, m.index)) return null;
			const a = Number(m[2]);
			let b = Number(m[4]);
			if (m[4].length === 2) {
				if (m[2].length !== 4) return null;
				b = Math.floor(a / 100) * 100 + b;
			}
			if (b <= a || !yearOk(a, m[2].length, ctx) || !yearOk(b, m[4].length, ctx)) return null;
			return {
				index: lead ? m.index : yearIndex,
				end,
				tag: "hist/year-range",
				precision: "year",
				approximate: false,
				start: point(bare(a, ctx)),
				stop: point(bare(b, ctx)),
			};
		},
		out,
	);
}
