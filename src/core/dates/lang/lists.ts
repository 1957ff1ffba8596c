/**
 * Years that school notes write as list keys, in any of the five languages: "312 : Victoire de Constantin",
 * "**711**: Invasión", "(1944 - Droit de vote des femmes, 1945 - création…)", "Unabhängigkeitserklärung: 1776",
 * German compounds ("Februarrevolution 1848"), and in a note whose dates are BC, "(60-49)" and "nel 42".
 */
import { type Candidate, type ScanContext, eachMatch, point } from "../patterns";
import type { LangSpec } from "./spec";
import { candidate, gluedAfterIn, referenceBefore, unitAfter, words } from "./shared";

const LEAD_COLON = /^\s*(?:\*\*|__)?(\d{3,4})(?:\*\*|__)?\s?(?::(?:\s|$)|$)/g;
const TAIL_COLON = /:\s*(?:\*\*|__)?(\d{4})(?:\*\*|__)?\s*\.?\s*$/g;
const DASH_ITEM =
	/(?:^|[(,;]\s?)(\d{4})\s[-–]\s(?=[A-Za-zÀ-ÿ])(?!(?:actualidad|actualité|aujourd|nos jours|présent|heute|Gegenwart|hoy|presente|oggi|atualidade|hoje|today|present)\b)/gi;
const DE_COMPOUND =
	/\b[A-ZÄÖÜ][a-zäöüß]*(?:revolution|krieg|kriege|vertrag|frieden|friede|konferenz|kongress|verfassung|reform|reformen|krise|putsch|aufstand|wahl|wahlen|gesetz|gesetze|abkommen|pakt|schlacht)\s(\d{4})\b/g;
const BC_PAREN = /\((\d{1,4})\s?[-–]\s?(\d{1,4})\)/g;

function yearAt(spec: LangSpec, ctx: ScanContext, index: number, digits: string): Candidate | null {
	const y = Number(digits);
	const end = index + digits.length;
	if (y < 100 || y > 2100 || gluedAfterIn(ctx.text, end) || referenceBefore(spec, ctx.text, index)) return null;
	if (digits.length === 4 && y < 1000) return null;
	const yy = ctx.defaultEra === "BCE" ? 1 - y : y;
	return candidate(index, end, point(yy), point(yy), "year", "i18n/list-year");
}

export function listYearsIn(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const t = ctx.text;
	const at = (m: RegExpExecArray): number => m.index + m[0].indexOf(m[1]);
	eachMatch(LEAD_COLON, t, (m) => yearAt(spec, ctx, at(m), m[1]), out);
	if (t.includes(":")) {
		eachMatch(TAIL_COLON, t, (m) => yearAt(spec, ctx, m.index + m[0].lastIndexOf(m[1]), m[1]), out);
	}
	if (/\d\s[-–]\s/.test(t))
		eachMatch(DASH_ITEM, t, (m) => (unitAfter(spec, t, at(m) + 4) ? null : yearAt(spec, ctx, at(m), m[1])), out);
	if (spec.lang === "de") eachMatch(DE_COMPOUND, t, (m) => yearAt(spec, ctx, m.index + m[0].length - 4, m[1]), out);
	if (ctx.defaultEra === "BCE") bcContext(spec, ctx, out);
}

/** In a note whose dates are BC: "(60-49)" is 60–49 BC and "nel 42" is 42 BC. */
function bcContext(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const t = ctx.text;
	eachMatch(
		BC_PAREN,
		t,
		(m) => {
			const a = Number(m[1]);
			const b = Number(m[2]);
			if (b >= a || b === 0) return null;
			return candidate(
				m.index + 1,
				m.index + m[0].length - 1,
				point(1 - a),
				point(1 - b),
				"year",
				"i18n/bc-range",
			);
		},
		out,
	);
	const cue = new RegExp(`(?:^|[^A-Za-zÀ-ÿ])(?:${words(spec.strongCues)})\\s$`, "i");
	eachMatch(
		/\b\d{2}\b/g,
		t,
		(m) => {
			const end = m.index + 2;
			if (
				!cue.test(t.slice(Math.max(0, m.index - 16), m.index)) ||
				gluedAfterIn(t, end) ||
				unitAfter(spec, t, end)
			)
				return null;
			const y = 1 - Number(m[0]);
			return candidate(m.index, end, point(y), point(y), "year", "i18n/bc-year");
		},
		out,
	);
}
