/**
 * Bare years in three more year contexts (issue 16, 2026-12c class 4), within the bare-year cue rules:
 *   after a possessive, before what it dates: "Montagu's 1917 declaration", "its 1929 Lahore session",
 *   "Napoleon's 1812 campaign" (not a count: "Britain's 1500 ships", "his 1200 men"; not a work's publication:
 *   "Conquest's 1968 book");
 *   between commas after a name: "The Simon Commission, 1927, reported" (not in a list of numbers);
 *   in brackets after a word of doubt: "(disputed, 1141)", "(probably 1483)".
 */
import {
	type Candidate,
	type ScanContext,
	eachMatch,
	followedByUnit,
	gluedAfter,
	isPluralNoun,
	point,
	precededByReference,
} from "../patterns";
import { bare, yearOk } from "./years";

const OWNER = /\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|\p{Lu}[\p{L}-]+['’]s?)\s(\d{4})\s([A-Za-z][\w-]*)/gu;
/** A work, whose year is its publication, not an event (issue 16, item 5). */
const WORK =
	/^(?:book|books|study|article|essay|paper|film|novel|biography|memoir|monograph|edition|work|treatise|poem|play|album|thesis|lecture)$/i;
const BETWEEN_COMMAS = /[A-Za-z)]\s?,\s(\d{4}),\s/g;
const DOUBT_PAREN =
	/\((?:disputed|uncertain|unclear|probably|possibly|perhaps|traditionally|reputedly|allegedly|est\.|estimated)\b,?\s(\d{4})\)/gi;

function year(ctx: ScanContext, index: number, digits: string): Candidate | null {
	const y = Number(digits);
	if (!yearOk(y, digits.length, ctx) || y < 1000) return null;
	const p = point(bare(y, ctx));
	return { index, end: index + 4, start: p, stop: p, precision: "year", approximate: false, tag: "hist/year" };
}

export function ownerYears(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.labelMode) return;
	const { text } = ctx;
	eachMatch(
		OWNER,
		text,
		(m) => {
			const yi = m.index + m[0].length - m[2].length - 5;
			if (isPluralNoun(m[2]) || WORK.test(m[2]) || followedByUnit(text, yi + 4)) return null;
			return year(ctx, yi, m[1]);
		},
		out,
	);
	if (text.includes(","))
		eachMatch(
			BETWEEN_COMMAS,
			text,
			(m) => {
				const yi = m.index + m[0].indexOf(m[1], 2);
				// A list of numbers ("120, 1500, 2000") is not a year between commas.
				if (/^\d/.test(text.slice(yi + 6, yi + 7)) || precededByReference(text, m.index + 1)) return null;
				return year(ctx, yi, m[1]);
			},
			out,
		);
	if (text.includes("("))
		eachMatch(
			DOUBT_PAREN,
			text,
			(m) => {
				const yi = m.index + m[0].length - 5;
				return gluedAfter(text, yi + 4) ? null : year(ctx, yi, m[1]);
			},
			out,
		);
}
