/** which-brief: which brief is this quote from? Only when sibling briefs exist. */
import { pickDistinct, shuffleOptions } from "../distractors";
import { containsPhrase, contentWords, normalizeAnswer, shingleJaccard } from "../normalize";
import { maskTermWords } from "../text";
import type { Question } from "../types";
import type { KindContext } from "./common";
import { questionId } from "./common";

export function whichBriefQuestions(ctx: KindContext): Question[] {
	const title = ctx.brief.title.trim();
	const others = ctx.siblings.filter((s) => s.title.trim().length > 0 && normalizeAnswer(s.title) !== normalizeAnswer(title));
	if (others.length === 0 || normalizeAnswer(title).length === 0) return [];
	const out: Question[] = [];
	for (const q of ctx.brief.quotes) {
		if (q.text.trim().length < 20 || containsPhrase(q.text, title)) continue;
		const rng = ctx.rng(`which:${q.id}`);
		// A distractor brief must not hold (nearly) the same quote.
		const candidates = others.filter((s) => s.quotes.every((o) => shingleJaccard(o.text, q.text) < 0.3)).map((s) => s.title.trim());
		const distractors = pickDistinct(title, candidates, 3, rng);
		if (distractors.length === 0) continue;
		// Title words of the right brief that no offered distractor shares would give it away: mask them.
		const offered = new Set(distractors.flatMap((d) => contentWords(d)));
		const telling = contentWords(title).filter((w) => !offered.has(w) && !/^\d+$/.test(w));
		const shown = telling.length > 0 ? maskTermWords(q.text, telling.join(" ")) : q.text;
		out.push({
			id: questionId(ctx.brief, q.id, "which-brief"),
			kind: "which-brief",
			prompt: `Which brief is this quote from? "${shown}"`,
			options: shuffleOptions(title, distractors, rng),
			answer: title,
			context: q.text,
			itemId: q.id,
			briefPath: ctx.brief.path,
			source: { ...q.source },
		});
	}
	return out;
}
