/**
 * A date reader for a note in one language whose sentences may be in another (a French note quoting an English
 * speech): each sentence goes to the reader of its own language (core/dates with `lang`), made when first needed.
 * The anchor year carries over when the language changes; a new section reaches every reader.
 */
import type { DateMatch, DateReader, FindDatesOptions } from "../dates/types";
import type { Lang } from "./lang";
import { sentenceLang } from "./detect";

export function langDateReader(
	make: (opts?: FindDatesOptions) => DateReader,
	opts: FindDatesOptions,
	noteLang: Lang,
	bySentence = true,
): DateReader {
	const readers = new Map<Lang, DateReader>();
	const readerFor = (lang: Lang): DateReader => {
		let r = readers.get(lang);
		if (!r) {
			r = make(lang === "en" ? { ...opts } : { ...opts, lang });
			readers.set(lang, r);
		}
		return r;
	};
	const main = readerFor(noteLang);
	if (!bySentence) return main;
	let last = main;
	let lastSection: { year: number | undefined; from?: string } | null = null;
	return {
		read(sentence: string): DateMatch[] {
			const r = readerFor(sentenceLang(sentence, noteLang));
			if (r !== last) {
				// The other reader continues from where the note is: its anchor is the last one read.
				// A heading's year stays a heading's year (written, not inferred) across the change.
				const anchor = last.anchorYear;
				const from = lastSection?.year === anchor ? lastSection?.from : undefined;
				if (anchor !== undefined) r.section?.(anchor, from ?? "year of the sentences before");
				else if (lastSection) r.section?.(lastSection.year, lastSection.from);
				last = r;
			}
			return r.read(sentence);
		},
		section(year: number | undefined, from?: string): void {
			lastSection = { year, from };
			for (const r of readers.values()) r.section?.(year, from);
		},
		get anchorYear(): number | undefined {
			return last.anchorYear;
		},
	};
}
