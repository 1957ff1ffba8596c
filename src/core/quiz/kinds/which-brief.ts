/** which-brief: which brief is this quote from? Only in quizzes across several briefs (the header names none). */
import { pickDistinct, shuffleOptions } from "../distractors";
import { contentWords, normalizeAnswer, shingleJaccard } from "../normalize";
import type { Question } from "../types";
import type { KindContext } from "./common";
import { questionId } from "./common";

/** A title that names a topic: not a file slug, not tips, a test, a quiz or a reading list. */
export function topicalTitle(title: string): boolean {
	const t = title.trim();
	if (t.length === 0 || (/^[\w-]+$/.test(t) && t.includes("-"))) return false;
	return !/\b(tips|test|quiz|reading list|index|template|untitled|draft|notes)\b/i.test(t);
}

export function whichBriefQuestions(ctx: KindContext): Question[] {
	const title = ctx.brief.title.trim();
	if (!topicalTitle(title)) return [];
	const others = ctx.siblings.filter(
		(s) => topicalTitle(s.title) && normalizeAnswer(s.title) !== normalizeAnswer(title),
	);
	if (others.length < 2) return [];
	const out: Question[] = [];
	for (const q of ctx.brief.quotes) {
		if (q.text.trim().length < 20) continue;
		const rng = ctx.rng(`which:${q.id}`);
		// A distractor brief must not hold (nearly) the same quote.
		const candidates = others
			.filter((s) => s.quotes.every((o) => shingleJaccard(o.text, q.text) < 0.3))
			.map((s) => s.title.trim());
		const distractors = pickDistinct(title, candidates, 3, rng);
		if (distractors.length < 2) continue;
		// A quote that shares a word with an offered title points at that brief: skip it rather than mask it.
		const words = new Set(contentWords(q.text));
		if ([title, ...distractors].some((t) => contentWords(t).some((w) => !/^\d+$/.test(w) && words.has(w))))
			continue;
		out.push({
			id: questionId(ctx.brief, q.id, "which-brief"),
			kind: "which-brief",
			prompt: ctx.msg.whichBrief(q.text.trim()),
			options: shuffleOptions(title, distractors, rng),
			answer: title,
			context: q.speaker ? `${q.text} — ${q.speaker}` : q.text,
			itemId: q.id,
			briefPath: ctx.brief.path,
			source: { ...q.source },
		});
	}
	return out;
}
