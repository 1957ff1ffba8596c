/**
 * Dates with a day or a month, in the note's language: "7 août 1914", "1er novembre 1914", "3. Oktober 1990",
 * "12 de octubre de 1492", "9-10 novembre 1938", "juillet 1942", "Mai-Juni 1849", "17.06.1789", "20.-25.06.1791",
 * and, with a year from the same sentence or the reader's anchor, "le 14 juillet", "em 21 de abril", "en juillet".
 */
import { daysInMonth, eraYear } from "../calendar";
import { type Candidate, type ScanContext, eachMatch, point } from "../patterns";
import { type LangSpec, monthOf, monthSource } from "./spec";
import { candidate, gluedAfterIn, gluedBefore, yearBefore } from "./shared";

interface DayRes {
	full: RegExp;
	forward: RegExp;
	monthYear: RegExp;
	monthOnly: RegExp;
}

const NOT_LETTER = "(?![A-Za-zÀ-ÖØ-öø-ÿ])";
const cache = new Map<string, DayRes>();

function res(spec: LangSpec): DayRes {
	const hit = cache.get(spec.lang);
	if (hit) return hit;
	const month = monthSource(spec);
	const era = `(?:\\s?(?<era>${spec.bc}|${spec.ad})${NOT_LETTER})?`;
	const day2 = `(?:\\s?(?:-|–|/|et|und|e|y|au|al|bis|a)\\s?(?:le\\s|il\\s|el\\s|am\\s|o\\s)?(?<d2>\\d{1,2})${spec.dayOrd})?`;
	const quals = Object.entries(spec.quals)
		.filter(([, q]) => q === "early" || q === "mid" || q === "late")
		.map(([w]) => w);
	const qual = `(?:\\b(?<q>${quals.join("|")})(?:\\s(?:de\\s|d['’]|des\\s|del\\s|do\\s|des\\s)?|-))?`;
	const built: DayRes = {
		full: new RegExp(
			`\\b(?<d1>\\d{1,2}|premier|primo)${spec.dayOrd}${day2}${spec.dayMonthSep}(?<m>${month})${NOT_LETTER}(?:${spec.monthYearSep}(?<y>\\d{1,4})(?![\\d])${era})?`,
			"gi",
		),
		forward: new RegExp(
			`^\\s?(?:-|–|—|au|à|bis|al|a|hasta|até|jusqu['’]au)\\s?(?:le\\s|el\\s|il\\s|am\\s|o\\s)?\\d{1,2}${spec.dayOrd}${spec.dayMonthSep}(?:${month})${NOT_LETTER}${spec.monthYearSep}(\\d{3,4})\\b`,
			"i",
		),
		monthYear: new RegExp(
			`${qual}\\b(?<m1>${month})(?:\\s?(?:-|–|à|a|et|und|bis|y|e)\\s?(?<m2>${month}))?${NOT_LETTER}${spec.monthYearSep}(?<y>\\d{3,4})(?![\\d])${era}`,
			"gi",
		),
		monthOnly: new RegExp(
			`(?:\\b(?:${spec.monthCue})\\s(?:de\\s|del\\s)?|\\()(?<m>${month})${NOT_LETTER}(?!\\s?(?:de\\s|del\\s)?\\d)`,
			"gi",
		),
	};
	cache.set(spec.lang, built);
	return built;
}

/** Year of a day or month date: written (3+ digits, or any with an era), else none. */
function writtenYear(
	y: string | undefined,
	era: string | undefined,
	spec: LangSpec,
	ctx: ScanContext,
): number | undefined {
	if (y === undefined) return undefined;
	if (!era && y.length < 3) return undefined;
	const n = Number(y);
	if (n === 0) return undefined;
	if (era) return new RegExp(`^(?:${spec.bc})$`).test(era) ? eraYear(n, "BC") : n;
	return ctx.defaultEra === "BCE" ? 1 - n : n;
}

/** The year of a date written without one: the same sentence's year, else the reader's anchor. */
function impliedYear(ctx: ScanContext, index: number): [number | undefined, boolean] {
	const own = yearBefore(ctx.text, index);
	if (own !== undefined) return [ctx.defaultEra === "BCE" ? 1 - own : own, false];
	return [ctx.anchorYear, true];
}

const REMEMBRANCE =
	/comm[ée]mor|devoir de m[ée]moire|f[êe]te nationale|jour férié|anniversaire|Gedenk|Feiertag|Jahrestag|conmemor|aniversario|d[íi]a festivo|feriado|comemora|anivers[áa]rio|ricorrenz|anniversari|festa nazionale/i;

/**
 * Days without a year that are annual days, not events: "Commémorations 11 novembre, 8 mai", or a list of
 * such days out of calendar order ("(11 novembre, 8 mai)"). Dropped, whatever the anchor.
 */
function dropAnnualDays(text: string, out: Candidate[], from: number): void {
	const added = out.slice(from).filter((c) => c.tag === "hist/anchored");
	if (!added.length) return;
	let annual = REMEMBRANCE.test(text);
	for (let i = 1; i < added.length && !annual; i++) {
		const a = added[i - 1];
		const b = added[i];
		const listed = /^\s?[,;]\s?(?:et\s|und\s|y\s|e\s)?$/.test(text.slice(a.end, b.index));
		annual =
			listed && (b.start.month ?? 0) * 40 + (b.start.day ?? 0) < (a.start.month ?? 0) * 40 + (a.start.day ?? 0);
	}
	if (!annual) return;
	const drop = new Set(added);
	for (let i = out.length - 1; i >= from; i--) if (drop.has(out[i])) out.splice(i, 1);
}

export function dayDates(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const r = res(spec);
	const t = ctx.text;
	const from = out.length;
	eachMatch(
		r.full,
		t,
		(m) => {
			const g = m.groups ?? {};
			if (gluedBefore(t, m.index)) return null;
			const mo = monthOf(spec, g.m);
			if (!mo) return null;
			let end = m.index + m[0].length;
			let y = writtenYear(g.y, g.era, spec, ctx);
			let anchored = false;
			if (y === undefined) {
				if (g.y !== undefined) end = m.index + m[0].search(new RegExp(`${spec.monthYearSep}\\d+$`, "i"));
				const fwd = r.forward.exec(t.slice(end, end + 40));
				if (fwd) y = Number(fwd[1]);
				else [y, anchored] = impliedYear(ctx, m.index);
			}
			if (y === undefined || gluedAfterIn(t, end)) return null;
			const a = /^\d/.test(g.d1) ? Number(g.d1) : 1;
			const b = g.d2 !== undefined ? Number(g.d2) : a;
			if (a < 1 || b < a || b > daysInMonth(y, mo)) return null;
			return candidate(
				m.index,
				end,
				point(y, mo, a),
				point(y, mo, b),
				"day",
				anchored ? "hist/anchored" : "i18n/day",
			);
		},
		out,
	);
	dropAnnualDays(t, out, from);
}

const DAY_QUAL: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

export function monthDates(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const r = res(spec);
	const t = ctx.text;
	eachMatch(
		r.monthYear,
		t,
		(m) => {
			const g = m.groups ?? {};
			const end = m.index + m[0].length;
			if (gluedAfterIn(t, end)) return null;
			const y = writtenYear(g.y, g.era, spec, ctx);
			const mo1 = monthOf(spec, g.m1);
			const mo2 = g.m2 ? monthOf(spec, g.m2) : mo1;
			if (y === undefined || !mo1 || !mo2 || mo2 < mo1) return null;
			const q = g.q ? spec.quals[g.q.toLowerCase()] : undefined;
			const days = q && mo1 === mo2 ? DAY_QUAL[q] : undefined;
			const start = days ? point(y, mo1, days[0]) : point(y, mo1);
			const stop = days ? point(y, mo2, Math.min(days[1], daysInMonth(y, mo2))) : point(y, mo2);
			return candidate(m.index, end, start, stop, "month", "i18n/month", !!days);
		},
		out,
	);
	eachMatch(
		r.monthOnly,
		t,
		(m) => {
			const g = m.groups ?? {};
			const mo = monthOf(spec, g.m);
			const [y, anchored] = impliedYear(ctx, m.index);
			if (!mo || y === undefined) return null;
			const index = m.index + m[0].length - g.m.length - (m[0].startsWith("(") ? 1 : 0);
			const end = m.index + m[0].length + (t[m.index + m[0].length] === ")" && m[0].startsWith("(") ? 1 : 0);
			return candidate(
				index,
				end,
				point(y, mo),
				point(y, mo),
				"month",
				anchored ? "hist/anchored" : "i18n/month",
			);
		},
		out,
	);
}

const NUMERIC = /\b(\d{1,2})([./])(\d{1,2})\2(\d{3,4})\b/g;
const NUMERIC_RANGE = /\b(\d{1,2})\.?\s?[-–/]\s?(\d{1,2})\.(\d{1,2})\.(\d{3,4})\b/g;

/** Day-first numeric dates: 17.06.1789, 11/11/1918, 20.-25.06.1791, 4/5.8.1789. */
export function numericDates(ctx: ScanContext, out: Candidate[]): void {
	const t = ctx.text;
	const build = (index: number, end: number, d1: number, d2: number, mo: number, y: number): Candidate | null => {
		if (gluedBefore(t, index) || /^[./]?\d/.test(t.slice(end, end + 2))) return null;
		if (mo < 1 || mo > 12 || d1 < 1 || d2 < d1 || d2 > daysInMonth(y, mo) || y < 100) return null;
		return candidate(index, end, point(y, mo, d1), point(y, mo, d2), "day", "i18n/numeric");
	};
	eachMatch(
		NUMERIC,
		t,
		(m) => build(m.index, m.index + m[0].length, Number(m[1]), Number(m[1]), Number(m[3]), Number(m[4])),
		out,
	);
	eachMatch(
		NUMERIC_RANGE,
		t,
		(m) => build(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])),
		out,
	);
}
