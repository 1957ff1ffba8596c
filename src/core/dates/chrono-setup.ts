/**
 * Our chrono instance: a CLONE of upstream chrono-node's English casual configuration (never a fork),
 * pruned to the date parsers, plus a tagged bare-year parser and refiners that keep tagged results
 * away from the digits-only UnlikelyFormatFilter.
 */
import * as en from "chrono-node/en";

type Parser = en.Parser;
type Refiner = en.Refiner;
type Context = Parameters<Parser["pattern"]>[0];

export const HIST_TAG = "hist/year";
const REF = new Date(Date.UTC(2000, 5, 15, 12));

/** Strings our chrono must never read as dates; parsers that fire on any of them are removed. */
const BAD_PROBES = [
	"Today",
	"Now",
	"tonight",
	"tomorrow",
	"yesterday",
	"10:30",
	"at 5 o'clock",
	"on Thursday",
	"3 days ago",
	"in 5 minutes",
	"2 weeks later",
	"next year",
	"this month",
	"end of month",
	"noon",
	"within 3 days",
	"16 years",
	"the March Revolution",
];
/** Strings a date parser must read; a parser kept must read at least one. */
const GOOD_PROBES = [
	"November 16, 1933",
	"16 November 1933",
	"November 1933",
	"1933-11-16",
	"11/16/1933",
	"1933 November",
];

/** Does this parser alone read anything in the probes (joined into one text, one parse per parser)? */
function fires(parser: Parser, probes: string[]): boolean {
	try {
		return new en.Chrono({ parsers: [parser], refiners: [] }).parse(probes.join(" ; "), REF).length > 0;
	} catch {
		return false;
	}
}

/** Bare year after a cue ("in 1917"), tagged so the filters let it through (and ranges can merge). */
class CuedYearParser implements Parser {
	pattern(): RegExp {
		return /\b(?:in|by|of|since|until|from|to|during|and)\s(1\d{3}|20\d{2})\b(?![.,:/]?\d)/i;
	}
	extract(context: Context, match: RegExpMatchArray): en.ParsingResult | null {
		const y = Number(match[1]);
		const index = (match.index ?? 0) + match[0].length - match[1].length;
		const result = context.createParsingResult(index, match[1]);
		result.start.assign("year", y);
		result.start.imply("month", 1);
		result.start.imply("day", 1);
		result.addTag(HIST_TAG);
		return result;
	}
}

function isTagged(r: en.ParsingResult): boolean {
	return r.tags().has(HIST_TAG);
}

/** A filter wrapped so that our tagged results always pass it. */
function wrapFilter(refiner: Refiner): Refiner {
	const f = refiner as Refiner & { isValid?: (c: Context, r: en.ParsingResult) => boolean };
	if (typeof f.isValid !== "function") return refiner;
	const inner = f.isValid.bind(f);
	return { refine: (context, results) => results.filter((r) => isTagged(r) || inner(context, r)) };
}

/** Drops what history prose never means: results with no month and no year (times, weekdays). */
const dropTimeOnly: Refiner = {
	refine: (_context, results) => results.filter((r) => r.start.isCertain("year") || r.start.isCertain("month")),
};

const instances: { us?: en.Chrono; gb?: en.Chrono } = {};

/** Our chrono (built once per day order): `dayFirst` reads 01/09/1939 as 1 September (en-GB). */
export function histChrono(dayFirst = false): en.Chrono {
	const cached = dayFirst ? instances.gb : instances.us;
	if (cached) return cached;
	const config = en.configuration.createCasualConfiguration(dayFirst);
	// Parsers are chosen by behaviour, not by class name (names do not survive minification).
	const parsers = config.parsers.filter((p) => !fires(p, BAD_PROBES) && fires(p, GOOD_PROBES));
	parsers.push(new CuedYearParser());
	const refiners = [...config.refiners.map(wrapFilter), dropTimeOnly];
	const instance = new en.Chrono({ parsers, refiners });
	if (dayFirst) instances.gb = instance;
	else instances.us = instance;
	return instance;
}

export { REF as CHRONO_REF };
