/** date-choice and date-typed: an event sentence with only its year blanked. */
import { localYear } from "../messages";
import type { Question } from "../types";
import { yearOptions } from "../distractors";
import { approximateDate, approxTwins, briefSpan, crowdedYears, maxSpread, yearOptionProblem } from "../gate-dates";
import { yearDigits } from "../prompt-text";
import { yearLabel } from "../years";
import type { DatedStem, KindContext } from "./common";
import { datedStem, eventYears, questionId } from "./common";

export function stems(ctx: KindContext): DatedStem[] {
	const seen = new Set<string>();
	const out: DatedStem[] = [];
	for (const e of ctx.brief.events) {
		const stem = datedStem(e, ctx.today, ctx.brief);
		if (!stem || seen.has(stem.prompt)) continue;
		seen.add(stem.prompt);
		out.push(stem);
	}
	return out;
}

/**
 * Round years ("3200 BC", "1400", "c. 750") are usually rounded: distractors one year off would give the answer
 * away as the only round number, so they step by the same unit.
 */
export function granularity(year: number, precision: string, approximate: boolean): number {
	if (precision !== "year") return 1;
	const n = Math.abs(year <= 0 ? 1 - year : year);
	if (n % 100 === 0 && (approximate || n < 1900 || year <= 0)) return 100;
	if (n % 50 === 0 && (approximate || n < 1500 || year <= 0)) return 50;
	if (n % 10 === 0 && (approximate || n < 1500 || year <= 0)) return 10;
	return 1;
}

/** "82–79 BC", "1936–1938": a range label for the options of a range question. */
export function rangeLabel(from: number, to: number): string {
	if (from <= 0 && to <= 0) return `${yearDigits(from)}–${yearDigits(to)} BC`;
	return `${yearLabel(from)}–${yearLabel(to)}`;
}

function base(ctx: KindContext, stem: DatedStem) {
	const { event } = stem;
	return {
		context: event.label ? `${event.label}: ${event.text}` : event.text,
		itemId: event.id,
		briefPath: ctx.brief.path,
		source: { ...event.source },
	};
}

export function dateChoiceQuestions(ctx: KindContext): Question[] {
	const domain = eventYears([ctx.brief, ...ctx.siblings]);
	const out: Question[] = [];
	for (const stem of stems(ctx)) {
		const { event, year } = stem;
		const rng = ctx.rng(`date-choice:${event.id}`);
		const g = granularity(year, event.date.precision, event.date.approximate);
		const width = stem.range ? stem.range.to - stem.range.from : 0;
		const span = briefSpan(ctx.brief);
		const answerYears = stem.range ? [stem.range.from, stem.range.to] : [year];
		const allowed = (y: number): boolean =>
			(width === 0 || y + width <= 0 === year + width <= 0) &&
			yearOptionProblem(stem.prompt, answerYears, [width ? [y, y + width] : [y]], event, g, span) === null;
		const input = {
			answer: year,
			alsoRight: stem.range ? { from: year, to: year } : stem.alsoRight,
			granularity: g,
			domainYears: domain,
			maxYear: Number.POSITIVE_INFINITY,
			allowed,
			spread: maxSpread(year, g, approximateDate(event.date, !stem.range)),
		};
		// A run of consecutive years tests guessing: draw again (same seeded stream) a few times before giving up.
		let years = yearOptions(input, rng);
		const crowded = (ys: number[]): boolean =>
			crowdedYears(ys, g) ||
			crowdedYears(
				ys.filter((y) => y !== year),
				g,
			) ||
			approxTwins(ys, approximateDate(event.date, !stem.range), year);
		for (let tries = 0; tries < 4 && years.length >= 4 && crowded(years); tries++) years = yearOptions(input, rng);
		if (years.length < 4 || crowded(years)) continue;
		// The stem shows "____ BC": the options are bare numbers ("216", "82–79"), never "216 BC BC" once filled in.
		const label = (y: number): string =>
			stem.eraShown
				? width
					? `${yearDigits(y)}–${yearDigits(y + width)}`
					: yearDigits(y)
				: localYear(width ? rangeLabel(y, y + width) : yearLabel(y), ctx.brief.lang);
		out.push({
			id: questionId(ctx.brief, event.id, stem.range ? "date-range" : "date-choice"),
			kind: "date-choice",
			prompt: stem.prompt,
			options: years.map(label),
			answer: label(year),
			...base(ctx, stem),
		});
	}
	return out;
}

/** Other ways of writing the year that are accepted ("1933 AD", "44 BCE"). */
export function yearForms(year: number): string[] {
	if (year <= 0) return [`${1 - year} BCE`, `${1 - year} B.C.`];
	return [`${year} AD`, `AD ${year}`, `${year} CE`];
}

/** Typed dates: a single year; a BC answer shows its era after the blank or in "(BC)". Ranges are asked as choices. */
export function dateTypedQuestions(ctx: KindContext): Question[] {
	const out: Question[] = [];
	for (const stem of stems(ctx)) {
		if (stem.range) continue;
		const prompt = stem.year <= 0 && !stem.eraShown ? `${stem.prompt} ${ctx.msg.bcShown}` : stem.prompt;
		out.push({
			id: questionId(ctx.brief, stem.event.id, "date-typed"),
			kind: "date-typed",
			prompt,
			answer: localYear(yearLabel(stem.year), ctx.brief.lang),
			accepted:
				stem.year <= 0
					? [
							...yearForms(stem.year),
							yearDigits(stem.year),
							...(ctx.brief.lang && ctx.brief.lang !== "en" ? [yearLabel(stem.year)] : []),
						]
					: yearForms(stem.year),
			...base(ctx, stem),
		});
	}
	return out;
}
