/** Decades, centuries, millennia and seasons. */
import { ordinalValue, ORDINAL_WORD_SRC } from "../calendar";
import { type Candidate, type ScanContext, ERA, QUAL, eachMatch, glued, point, qualifierSpan } from "../patterns";

const DECADE = new RegExp(
	`\\b(?:[Tt]he\\s+)?(?:${QUAL}[\\s-]+)?(?:the\\s+)?(\\d{2,3}0)(?:'s|’s|s)\\b(?:\\s?${ERA})?`,
	"g",
);
const SHORT_DECADE = new RegExp(`\\b(?:[Tt]he\\s+)?(?:${QUAL}[\\s-]+)?['’](\\d)0s\\b`, "g");

function span(
	index: number,
	end: number,
	s: number,
	e: number,
	precision: Candidate["precision"],
	approx: boolean,
	tag: string,
): Candidate {
	return { index, end, start: point(s), stop: point(e), precision, approximate: approx, tag };
}

/** "the second half of the 1920s", "first half of the 19th century": the half written before a period. */
const HALF_BEFORE = /\b(?:[Tt]he\s+)?([Ff]irst|[Ss]econd|[Ll]atter|[Ll]ater|[Ee]arlier)\s+half\s+of\s+(?:the\s+)?$/;

function halfBefore(text: string, index: number): { index: number; second: boolean } | null {
	const before = text.slice(Math.max(0, index - 32), index);
	const h = HALF_BEFORE.exec(before);
	if (!h) return null;
	return { index: index - before.length + h.index, second: !/^(?:first|earlier)$/i.test(h[1]) };
}

/** The first or second half of a period of `size` years starting at `start`. */
function halfSpan(second: boolean, start: number, size: number): [number, number] {
	const h = size / 2;
	return second ? [start + h, start + size - 1] : [start, start + h - 1];
}

/** Most recent explicit 4-digit year before `index`, for "'30s". */
function contextCentury(ctx: ScanContext, index: number): number | undefined {
	const before = ctx.text.slice(Math.max(0, index - 2000), index).match(/\b1\d{3}\b|\b20\d{2}\b/g);
	const after = before ? null : /\b1\d{3}\b|\b20\d{2}\b/.exec(ctx.text.slice(index, index + 2000));
	const y = before ? before[before.length - 1] : after?.[0];
	if (y !== undefined) return Math.floor(Number(y) / 100) * 100;
	if (ctx.anchorYear !== undefined && ctx.anchorYear >= 1000) return Math.floor(ctx.anchorYear / 100) * 100;
	return undefined;
}

export function decades(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		DECADE,
		text,
		(m) => {
			const n = Number(m[2]);
			const era = m[3];
			const numIndex = m.index + m[0].indexOf(m[2]);
			if (text[numIndex - 1] !== "-" && glued(text, numIndex)) return null;
			if (n < 100 && !era) return null;
			// "employ 1000s", "1000s starved": thousands, unless a historian's "the 1000s" / "early 1000s".
			if (n === 1000 && !era && !m[1] && !ctx.labelMode && !/^the\s/i.test(m[0])) return null;
			const century = n % 100 === 0 && n !== 2000;
			const size = century ? 100 : 10;
			const later = era
				? null
				: /^\s(?:and|or|to|–|-)\s(?:the\s)?\d{2,4}0s\s?(BC|BCE|B\.C\.)/.exec(
						text.slice(m.index + m[0].length, m.index + m[0].length + 24),
					);
			const bc = (!!era && /^B/.test(era)) || !!later;
			if (bc && century) return null;
			const base = bc ? 1 - (n + 9) : n;
			const [s, e] = qualifierSpan(m[1], base, size);
			const sliceStart = Math.max(0, m.index - 8);
			const from = bc || m[1] ? null : /(?:^|[^\d])(\d{4})\s?[–—-]\s?$/.exec(text.slice(sliceStart, m.index));
			if (from && Number(from[1]) < s && Number(from[1]) >= 1000) {
				const index = sliceStart + from.index + from[0].indexOf(from[1]);
				return span(index, m.index + m[0].length, Number(from[1]), e, "year", false, "hist/decade");
			}
			const half = m[1] ? null : halfBefore(text, m.index);
			if (half) {
				const [hs, he] = halfSpan(half.second, s, size);
				return span(
					half.index,
					m.index + m[0].length,
					hs,
					he,
					century ? "century" : "decade",
					true,
					"hist/decade",
				);
			}
			return span(m.index, m.index + m[0].length, s, e, century ? "century" : "decade", !!m[1], "hist/decade");
		},
		out,
	);
	eachMatch(
		SHORT_DECADE,
		text,
		(m) => {
			const c = contextCentury(ctx, m.index);
			if (c === undefined) return null;
			const [s, e] = qualifierSpan(m[1], c + Number(m[2]) * 10, 10);
			return span(m.index, m.index + m[0].length, s, e, "decade", !!m[1], "hist/decade");
		},
		out,
	);
}

const ORD_SRC = `(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_SRC}|${capitalised(ORDINAL_WORD_SRC)})`;
const CENTURY = new RegExp(
	`\\b(?:[Tt]he\\s+)?(?:${QUAL}[\\s-]+)?${ORD_SRC}(?:\\s(?:and|to|or|–|-)\\s(?:the\\s)?(?:${QUAL}[\\s-]+)?${ORD_SRC})?[\\s-]+([Cc]entury|[Cc]enturies|[Mm]illennium|[Mm]illennia)\\b(?:\\s?${ERA})?`,
	"g",
);

function capitalised(src: string): string {
	return src
		.split("|")
		.map((w) => w[0].toUpperCase() + w.slice(1))
		.join("|");
}

/** the 19th century (1801..1900), the fifth century BC (-499..-400), early 17th century, 2nd millennium BCE,
 * the 18th and 19th centuries (1701..1900). */
export function centuries(ctx: ScanContext, out: Candidate[]): void {
	eachMatch(
		CENTURY,
		ctx.text,
		(m) => {
			const [, q1, o1, q2, o2, w, era] = m;
			const n = ordinalValue(o1);
			const n2 = o2 !== undefined ? ordinalValue(o2) : n;
			const word = w.toLowerCase();
			const t = ctx.text;
			if (/[-/_]/.test(t[m.index - 1] ?? "") && /[-/_]/.test(t[m.index + m[0].length] ?? "")) return null;
			const plural = word.endsWith("ies") || word.endsWith("ia");
			if (!n || !n2 || n < 1 || plural !== (o2 !== undefined)) return null;
			const millennium = word.startsWith("millenni");
			const size = millennium ? 1000 : 100;
			const bc = !!era && /^B/.test(era);
			const k = bc ? -n : n - 1;
			const k2 = bc ? -n2 : n2 - 1;
			if (k2 < k) return null;
			const [s] = qualifierSpan(q1, size * k + 1, size);
			const [, e] = qualifierSpan(o2 !== undefined ? q2 : q1, size * k2 + 1, size);
			const precision = millennium ? "millennium" : "century";
			const half = q1 || o2 !== undefined ? null : halfBefore(t, m.index);
			if (half) {
				const [hs, he] = halfSpan(half.second, s, size);
				return span(half.index, m.index + m[0].length, hs, he, precision, true, "hist/century");
			}
			return span(
				m.index,
				m.index + m[0].length,
				s,
				e,
				o2 !== undefined ? "year" : precision,
				!!(q1 || q2),
				"hist/century",
			);
		},
		out,
	);
}

const SEASON =
	/\b(?:[Tt]he\s+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(of\s+)?(\d{3,4}|['’]\d{2})(?:\s?[–—/-]\s?(\d{2,4}))?\b/g;
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** spring 1941 (1941-03..05), the autumn of 1939 (09..11), winter 1941–42 (1941-12..1942-02): approximate. */
export function seasons(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		SEASON,
		text,
		(m) => {
			const season = m[1].toLowerCase();
			if (season === "fall" && m[2]) return null;
			let y = Number(m[3].replace(/^['’]/, ""));
			if (/^['’]/.test(m[3])) {
				const c = contextCentury(ctx, m.index);
				if (c === undefined) return null;
				y += c;
			}
			if (y < 100 || y > 2100 || /^[.,:]\d/.test(text.slice(m.index + m[0].length))) return null;
			const first = SEASON_MONTH[season];
			if (m[4] !== undefined) {
				const y2 = m[4].length === 2 ? Math.floor(y / 100) * 100 + Number(m[4]) : Number(m[4]);
				if (season !== "winter" || y2 !== y + 1) return null;
			}
			const yy = ctx.defaultEra === "BCE" ? 1 - y : y;
			const endYear = first === 12 ? yy + 1 : yy;
			const endMonth = first === 12 ? 2 : first + 2;
			return {
				index: m.index,
				end: m.index + m[0].length,
				tag: "hist/season",
				precision: "season",
				approximate: true,
				start: point(yy, first),
				stop: point(endYear, endMonth),
			};
		},
		out,
	);
}
