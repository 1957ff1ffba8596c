import type { RawEvent } from "./events";

/** An era written with the date: BCE, BC, B.C.E., CE, AD, A.D. */
const ERA_MARK = /\b(?:BCE?|B\.\s?C\.(?:\s?E\.)?|CE|C\.E\.|AD|A\.D\.)(?![\p{L}])/u;

/**
 * A note whose timeline runs on with ever smaller bare years ("c. 2200 ... 499–494 ... 431–404 ... 304–30")
 * is counting BCE without saying so (Notion exports of ancient history). True when the note has no era
 * marker at all, at least 6 dated lines, years below 1000 among them, none after 2100, and at least 3 of 4
 * steps from one dated line to the next go down.
 */
export function impliesBCE(events: RawEvent[]): boolean {
	if (events.some((e) => ERA_MARK.test(e.date.text))) return false;
	const byLine: number[] = [];
	let lastLine = -1;
	for (const e of events) {
		if (e.line === lastLine || e.date.precision === "century" || e.date.precision === "millennium") continue;
		lastLine = e.line;
		byLine.push(e.date.start.year);
	}
	if (byLine.length < 6) return false;
	if (Math.min(...byLine.slice(0, 5000)) >= 1000 || byLine.some((y) => y > 2100)) return false;
	let down = 0;
	let up = 0;
	for (let i = 1; i < byLine.length; i++) {
		if (byLine[i] < byLine[i - 1]) down++;
		else if (byLine[i] > byLine[i - 1]) up++;
	}
	return down >= 3 * up && down >= 5;
}
