/** A quiz page per brief: each question an open `> [!question]` callout with its choices, only the answer folded. */
import type { Lang } from "../lang/lang";
import { gardenMessages } from "./messages";
import type { Brief } from "../model";
import type { Question } from "../quiz/types";
import { gardenText, inline, type Linker } from "./page-text";

/** Question text is plain: underscores of a cloze blank must not turn into emphasis. */
function plain(text: string, brief: Brief, linker: Linker): string {
	return gardenText(text, brief.path, linker, { plain: true });
}

function answerLines(q: Question, brief: Brief, linker: Linker): string[] {
	if (q.kind === "match" && q.pairs?.length)
		return q.pairs.map((p) => `- ${plain(p.left, brief, linker)} → ${plain(p.right, brief, linker)}`);
	// Order: the full sentences with their dates, in order.
	const order = q.reveal?.length === q.items?.length ? q.reveal : q.items;
	if (q.kind === "order" && order?.length) return order.map((it, i) => `${i + 1}. ${plain(it, brief, linker)}`);
	const lines = q.answer
		.split(/\r?\n/)
		.map((l) => plain(l, brief, linker))
		.filter(Boolean);
	return lines.length > 1 ? lines.map((l) => `- ${l}`) : lines;
}

export function questionCallout(q: Question, n: number, brief: Brief, linker: Linker, answer = "Answer"): string[] {
	const out = [`> [!question] ${n}. ${plain(q.prompt, brief, linker)}`];
	if (q.where) out.push(`> *${plain(q.where, brief, linker)}*`, ">");
	if (q.kind === "match" && q.pairs?.length) {
		// The terms (numbered) and the definitions (lettered) to pair.
		q.pairs.forEach((p, i) => out.push(`> ${i + 1}. ${plain(p.left, brief, linker)}`));
		out.push(">");
	}
	if (q.options?.length && q.kind !== "order") {
		const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
		q.options.forEach((o, i) => out.push(`> - ${letters[i] ?? "-"}) ${plain(o, brief, linker)}`));
	} else if (q.kind === "order" && q.options?.length) {
		q.options.forEach((o) => out.push(`> - ${plain(o, brief, linker)}`));
	}
	out.push(">", `> > [!success]- ${answer}`);
	for (const l of answerLines(q, brief, linker)) out.push(`> > ${l}`);
	out.push("");
	return out;
}

export function quizBody(brief: Brief, questions: Question[], intro: string, linker: Linker, lang?: Lang): string {
	const m = gardenMessages(lang);
	const lines = [
		`# ${m.quizTitle(inline(brief.title))}`,
		"",
		`${m.selfTest(linker.link(brief.path, brief.title))} ${intro}`,
		"",
	];
	const mine = questions.filter((q) => q.briefPath === brief.path);
	if (!mine.length) lines.push(m.noQuestion, "");
	mine.forEach((q, i) => lines.push(...questionCallout(q, i + 1, brief, linker, m.answer)));
	return lines.join("\n");
}
