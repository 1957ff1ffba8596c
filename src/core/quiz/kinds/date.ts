/** date-choice and date-typed: "In what year …?" from an event sentence with its date blanked. */
import type { Question } from "../types";
import { yearOptions } from "../distractors";
import { yearLabel } from "../years";
import type { KindContext } from "./common";
import { datedStem, eventYears, questionId } from "./common";

function stems(ctx: KindContext) {
	const seen = new Set<string>();
	const out = [];
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

export function dateChoiceQuestions(ctx: KindContext): Question[] {
	const domain = eventYears([ctx.brief, ...ctx.siblings], ctx.today);
	const out: Question[] = [];
	for (const stem of stems(ctx)) {
		const { event, year } = stem;
		const rng = ctx.rng(`date-choice:${event.id}`);
		const years = yearOptions(
			{
				answer: year,
				alsoRight: stem.alsoRight,
				granularity: granularity(year, event.date.precision, event.date.approximate),
				domainYears: domain,
				maxYear: ctx.today.year,
			},
			rng,
		);
		if (years.length < 4) continue;
		out.push({
			id: questionId(ctx.brief, event.id, "date-choice"),
			kind: "date-choice",
			prompt: stem.prompt,
			options: years.map(yearLabel),
			answer: yearLabel(year),
			context: event.text,
			itemId: event.id,
			briefPath: ctx.brief.path,
			source: { ...event.source },
		});
	}
	return out;
}

/** Other ways of writing the year that are accepted ("1933 AD", "44 BCE"). */
export function yearForms(year: number): string[] {
	if (year <= 0) return [`${1 - year} BCE`, `${1 - year} B.C.`];
	return [`${year} AD`, `AD ${year}`, `${year} CE`];
}

export function dateTypedQuestions(ctx: KindContext): Question[] {
	return stems(ctx).map(({ event, year, prompt }) => ({
		id: questionId(ctx.brief, event.id, "date-typed"),
		kind: "date-typed" as const,
		prompt,
		answer: yearLabel(year),
		accepted: yearForms(year),
		context: event.text,
		itemId: event.id,
		briefPath: ctx.brief.path,
		source: { ...event.source },
	}));
}
