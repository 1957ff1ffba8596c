import type { Brief, HistEvent, Precision, Quote } from "../../../src/core/model";

export interface EventSpec {
	year: number;
	month?: number;
	day?: number;
	precision?: Precision;
	line: number;
	text?: string;
}

export function ev(path: string, s: EventSpec): HistEvent {
	const start = { year: s.year, month: s.month, day: s.day };
	const precision = s.precision ?? (s.day ? "day" : s.month ? "month" : "year");
	return {
		id: `event:${s.text ?? `${s.year}-${s.line}`}`,
		briefPath: path,
		date: { start, end: start, precision, approximate: false, text: String(s.year), label: String(s.year) },
		text: s.text ?? `Something happened in ${s.year}.`,
		source: { path, line: s.line },
	};
}

export function quote(path: string, line: number, text: string, speaker?: string): Quote {
	return { id: `quote:${text}`, briefPath: path, text, speaker, section: "Key Quotes", source: { path, line } };
}

export function mkBrief(path: string, opts: Partial<Brief> & { ev?: EventSpec[] } = {}): Brief {
	const i = path.lastIndexOf("/");
	const { ev: specs, ...rest } = opts;
	return {
		path,
		id: path,
		title: path.replace(/\.md$/, ""),
		publish: true,
		hidden: false,
		course: i < 0 ? "" : path.slice(0, i),
		tags: [],
		sections: [],
		events: (specs ?? []).map((s) => ev(path, s)),
		quotes: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
		...rest,
	};
}
