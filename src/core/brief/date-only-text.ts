import type { RawEvent } from "./events";

/**
 * What a row says once its date is taken out (issue 16, item 6). A row whose text is its date and nothing else
 * ("1200 BCE", "586 BCE:", "**1848**", "Oct. 14, 1066", "1918, November 11:") or its date and a label a writer
 * puts on any dated heading ("## 1968: A Pivotal Year", "### 1914 – key events") names no event of its own: its
 * content is in the lines under it.
 */

/** Era and approximation marks written beside a date. */
const ERA_WORDS = "c|ca|circa|bce?|ce|ad|bp|os|ns";
/** Month and weekday names and day suffixes, which the date read may leave out ("1918, November 11:" read as 1918). */
const CALENDAR_WORDS =
	"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|st|nd|rd|th|of";
/**
 * Words that label a date without naming what happened: "a pivotal year", "key events", "timeline", "overview".
 * "1968: The year of revolutions" names something ("revolutions") and stays a row.
 */
const LABEL_WORDS =
	"a|an|the|in|and|year|years|date|dates|event|events|timeline|overview|summary|highlights|key|main|major|important|importance|significant|pivotal|crucial|critical|decisive|momentous|eventful|turning|point|what|happened|period|time|early|late|mid|part|i|ii|iii|iv";

const WORD_OK = new RegExp(`^(?:${ERA_WORDS}|${CALENDAR_WORDS}|${LABEL_WORDS})$`, "i");

/** The words of `text` once `dateText`, numbers and markup are taken out. */
export function wordsBesideDate(text: string, dateText: string): string[] {
	const rest = text
		.replace(dateText, " ")
		.replace(/\d+(?:st|nd|rd|th)?/g, " ")
		.replace(/[\s\p{P}\p{S}]+/gu, " ")
		.trim();
	return rest ? rest.split(" ") : [];
}

/**
 * Longer than this, a row is no bare date with a label: it says something (or it is a run of dates, which other
 * rules judge). The bound also keeps the per-event checks linear in a paragraph of thousands of dates.
 */
export const DATE_ONLY_MAX = 120;

/** The row is only its date, or its date and a label-ish word: no content word of its own. */
export function isDateOnly(e: RawEvent): boolean {
	if (e.text.length > DATE_ONLY_MAX) return false;
	return wordsBesideDate(e.text, e.date.text).every((w) => WORD_OK.test(w));
}
