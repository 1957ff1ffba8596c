/** Output shapes: the CLI's `quiz --json` (the README documents it), Anki TSV and a Spaced Repetition plugin note. */
import type { Brief } from "../model";
import type { Question } from "./types";

/**
 * One question as the CLI prints it: the question's own fields (the README documents them as a contract), its
 * source as plain `{ path, line }`, nothing internal (context, reveal, parts…).
 */
export type QuizJsonQuestion = Pick<
	Question,
	"id" | "kind" | "prompt" | "options" | "answer" | "accepted" | "pairs" | "items" | "where"
> & {
	source: { path: string; line: number };
};

export interface QuizJson {
	brief: string;
	seed: number;
	questions: QuizJsonQuestion[];
}

export function quizToJson(brief: Pick<Brief, "path">, seed: number, questions: Question[]): QuizJson {
	return {
		brief: brief.path,
		seed,
		questions: questions.map((q) => ({
			id: q.id,
			kind: q.kind,
			prompt: q.prompt,
			...(q.options ? { options: [...q.options] } : {}),
			answer: q.answer,
			...(q.accepted?.length ? { accepted: [...q.accepted] } : {}),
			...(q.pairs ? { pairs: q.pairs.map((p) => ({ left: p.left, right: p.right })) } : {}),
			...(q.items ? { items: [...q.items] } : {}),
			...(q.where ? { where: q.where } : {}),
			source: { path: q.source.path, line: q.source.line },
		})),
	};
}

/** One line: tabs and newlines would break a TSV field or a `::` card. */
function oneLine(text: string, newline = "<br>"): string {
	return text.replace(/\t/g, " ").replace(/\r?\n/g, newline).trim();
}

/** The front of a card: the prompt, plus lettered options for choice questions. */
function front(q: Question, newline: string): string {
	if (q.kind === "order" && q.options) return `${q.prompt}${newline}${q.options.map((o) => `- ${o}`).join(newline)}`;
	if (q.kind === "match" && q.pairs) return `${q.prompt}${newline}${q.pairs.map((p) => `- ${p.left}`).join(newline)}`;
	if (q.options && q.kind !== "true-false") {
		return `${q.prompt}${newline}${q.options.map((o, i) => `${String.fromCharCode(65 + i)}. ${o}`).join(newline)}`;
	}
	return q.prompt;
}

/** Note text is text, not markup: escaped before Anki reads the file as HTML. */
function escapeHtml(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Anki import: `front<TAB>back<TAB>tags`, one card a line, `<br>` for line breaks (allow HTML in import). */
export function toAnkiTsv(questions: Question[]): string {
	const lines = ["#separator:tab", "#html:true", "#columns:Front\tBack\tTags"];
	for (const q of questions) {
		const back = `${oneLine(escapeHtml(q.answer))}<br><small>${oneLine(escapeHtml(q.source.path))}:${q.source.line + 1}</small>`;
		lines.push(`${oneLine(escapeHtml(front(q, "\n")))}\t${back}\tstudy-briefs ${q.kind}`);
	}
	return `${lines.join("\n")}\n`;
}

/** A note for the Spaced Repetition plugin: `question::answer` lines (single-line cards only). */
export function toSpacedRepetitionNote(questions: Question[], briefTitle: string): string {
	const lines = [`# ${briefTitle.replace(/\r?\n/g, " ")}`, "", "#flashcards", ""];
	for (const q of questions) {
		const prompt = oneLine(front(q, " / "), " / ").replace(/::/g, ":");
		const answer = oneLine(q.answer, " / ").replace(/::/g, ":");
		lines.push(`${prompt}::${answer}`);
	}
	return `${lines.join("\n")}\n`;
}
