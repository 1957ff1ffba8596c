/** The cheap check: can this text hold a date at all? Most sentences never reach the parsers. */

const CANDIDATE = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|century|centuries|millenni|Centur|Millenni/;

/** True when the text has a digit, a month name or a century/millennium word. */
export function hasDateCandidate(text: string): boolean {
	return CANDIDATE.test(text);
}
