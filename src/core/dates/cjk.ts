/**
 * Years written the Chinese and Japanese way (issue 16, item 2): "1868年", "公元前221年", and ranges joined by
 * 到, 至, ～ (or 〜, ~, a dash): "公元前221年至公元前206年", "1644年到1912年", "１８６８～１９１２年" (full-width digits
 * too). A small hook beside the English engine: findDates adds these when the text has a CJK year mark.
 */
import type { HistDate } from "../model";
import { formatHistDate } from "./format";
import type { DateMatch } from "./types";

/** Cheap gate: a CJK year word or connector, or a full-width digit. */
export const CJK_HINT = /[年到至～〜０-９]/;

const ERA_BC = "(?:公元前|西元前|紀元前|纪元前|前)";
const ERA_AD = "(?:公元|西元|紀元|纪元)";
const YEAR = `(${ERA_BC}|${ERA_AD})?\\s?(\\d{1,4})\\s?(年)?`;
const JOIN = "\\s?(到|至|～|〜|~|–|—|-)\\s?";
/** A range of two years, or one year with 年; digits already ASCII. */
const CJK_YEAR = new RegExp(`(?<!\\d)${YEAR}(?:${JOIN}${YEAR})?(?!\\d)`, "gu");
const CJK_JOIN = /[到至～〜]/;
/** Words before a number of years: "了" (lasted), "约"/"約" (about), "近", "达"/"達", "共", "长达". */
const DURATION_BEFORE = /(?:了|约|約|近|达|達|共|長|长)\s?$/u;

/** Full-width digits to ASCII, one code unit each (offsets stay the same). */
function asciiDigits(text: string): string {
	return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function isBC(era: string | undefined, defaultEra: "BCE" | "CE" | undefined): boolean {
	if (era) return era.endsWith("前");
	return defaultEra === "BCE";
}

function histDate(start: number, end: number, text: string): HistDate {
	const d: HistDate = {
		start: { year: start },
		end: { year: end },
		precision: "year",
		approximate: false,
		text,
		label: "",
	};
	d.label = formatHistDate(d);
	return d;
}

/**
 * The CJK years of a text. A single year needs 年 and 4 digits or an era ("1868年", "公元前221年"); a range
 * needs a CJK connector or 年 on a side ("1644年到1912年", "1868～1912"), and the second year takes the era of the
 * first when it has none ("公元前221至206年").
 */
export function findCjkDates(text: string, defaultEra?: "BCE" | "CE"): DateMatch[] {
	const t = asciiDigits(text);
	const out: DateMatch[] = [];
	for (const m of t.matchAll(CJK_YEAR)) {
		const [whole, era1, y1, nian1, join, era2, y2, nian2] = m;
		const index = m.index + (whole.length - whole.trimStart().length);
		const end = m.index + whole.trimEnd().length;
		const a = Number(y1);
		if (y2 === undefined) {
			// "持续了116年" (lasted 116 years) is a duration: a single year needs 4 digits or an era, and no
			// duration word before it.
			if (!nian1 || (!era1 && y1.length < 4) || a < 1 || DURATION_BEFORE.test(t.slice(0, index))) continue;
			const y = isBC(era1, defaultEra) ? 1 - a : a;
			out.push({ date: histDate(y, y, text.slice(index, end)), index, end });
			continue;
		}
		if (!CJK_JOIN.test(join) && !nian1 && !nian2) continue;
		const b = Number(y2);
		const bc1 = isBC(era1, defaultEra);
		const bc2 = era2 ? isBC(era2, defaultEra) : bc1;
		const start = bc1 ? 1 - a : a;
		const stop = bc2 ? 1 - b : b;
		if (a < 1 || b < 1 || stop <= start) continue;
		// Without an era, 年 on a side lets 3 digits in ("618年至907年"); bare numbers must both be 4 digits
		// ("1868～1912"): "从100到300元" is a price.
		const digitsOk = nian1 || nian2 ? y1.length >= 3 && y2.length >= 3 : y1.length === 4 && y2.length === 4;
		if (!era1 && !era2 && !digitsOk) continue;
		out.push({ date: histDate(start, stop, text.slice(index, end)), index, end });
	}
	return out;
}

/** The English engine's matches with the CJK ones added; where they overlap the CJK reading wins. */
export function withCjkDates(found: DateMatch[], cjk: DateMatch[]): DateMatch[] {
	if (!cjk.length) return found;
	const kept = found.filter((f) => cjk.every((c) => f.end <= c.index || c.end <= f.index));
	return [...kept, ...cjk].sort((x, y) => x.index - y.index);
}
