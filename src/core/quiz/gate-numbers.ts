/**
 * Gate rules about numbers that are not dates worth asking: a bare 3-digit number far from every other date of
 * the brief (a page number after a citation, "(New York: …, 1983), 883"; a count, "filled up 120 pages"), and the
 * year of a statistic ("Per-capita wealth … was 2x that of Northerners in 1860").
 */
import type { Brief, HistEvent } from "../model";

/** An era or century word next to the number: then a small year is meant as one. */
const ERA_WRITTEN =
	/\b(BCE|BC|CE|AD|B\.\s?C\.|A\.\s?D\.|C\.\s?E\.|century|centuries)(?![\p{L}])|\bc\.\s?\d|\bcirca\b/iu;
/** How far (years) the nearest other date of the brief may lie before a bare 3-digit number looks like no year. */
const LONELY = 500;

/**
 * A bare number of 1-3 digits ("883", "120") read as a year, with no era written and no other date of the brief
 * (a 4-digit year or one with its era) within 500 years: in a brief about 1874-1932 it is a page number or a
 * count, not a year.
 */
export function strayYear(year: number, written: string, brief: Brief, self?: HistEvent): boolean {
	if (year <= 0 || year >= 1000 || ERA_WRITTEN.test(written)) return false;
	let others = 0;
	for (const e of brief.events) {
		if (e === self || e.date.inferred) continue;
		const y = e.date.start.year;
		// Only dates that are surely years count as neighbours: other bare small numbers may be strays too.
		if (y === year || (y > 0 && y < 1000 && !ERA_WRITTEN.test(e.date.text))) continue;
		others++;
		if (Math.abs(y - year) <= LONELY) return false;
	}
	return others > 0;
}

/** The event's year is a bare small number far from every other date of its brief. */
export function strayEvent(event: HistEvent, brief: Brief): boolean {
	return strayYear(event.date.start.year, `${event.date.text} ${event.text}`, brief, event);
}

/** A share or ratio: "225%", "2x", "twice", "three times as". */
const RATIO =
	/\d\s?(%|percent\b|per cent\b|x\b)|\b(twice|half|double|doubled|triple|tripled|(two|three|four|five|ten) times)\b/i;
/** What a statistic measures. */
const MEASURE =
	/\b(wealth|wages?|incomes?|gdp|output|production|productivity|prices?|rates?|share|per[- ]capita|average|literacy|unemployment)\b/i;

/** The sentence states a statistic (a measure and a ratio): its year dates a figure, not an event. */
export function statisticSentence(text: string): boolean {
	return RATIO.test(text) && MEASURE.test(text);
}
