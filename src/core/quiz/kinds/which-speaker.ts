/**
 * which-speaker: who said this? (issue 17). Only for quotes whose speaker the note names at the quote (never
 * one inferred from the note's subject or a book's author), and only when the brief quotes at least three
 * different people, so every option is someone the brief quotes.
 */
import { canonicalSpeakers } from "../../quotes/speakers";
import { pickDistinct, shuffleOptions } from "../distractors";
import type { Question } from "../types";
import type { KindContext } from "./common";
import { questionId } from "./common";

/** Speakers shown as people: "Caesar" and "Julius Caesar" are one option, by the fullest name. */
function people(ctx: KindContext): { quote: KindContext["brief"]["quotes"][number]; who: string }[] {
	const certain = ctx.brief.quotes.filter((q) => q.speaker && !q.speakerInferred && q.text.trim().length >= 20);
	const canon = canonicalSpeakers(certain.map((q) => q.speaker as string));
	return certain.map((q) => ({ quote: q, who: canon.get(q.speaker as string) ?? (q.speaker as string) }));
}

export function whichSpeakerQuestions(ctx: KindContext): Question[] {
	const all = people(ctx);
	const names = [...new Set(all.map((p) => p.who))];
	if (names.length < 3) return [];
	const out: Question[] = [];
	for (const { quote, who } of all) {
		const rng = ctx.rng(`speaker:${quote.id}`);
		const distractors = pickDistinct(who, names, 3, rng, (n) => n !== who);
		if (distractors.length < 2) continue;
		out.push({
			id: questionId(ctx.brief, quote.id, "which-speaker"),
			kind: "which-speaker",
			prompt: ctx.msg.whoSaid(quote.text.trim()),
			options: shuffleOptions(who, distractors, rng),
			answer: who,
			context: `${quote.text} — ${quote.speaker}`,
			itemId: quote.id,
			briefPath: ctx.brief.path,
			source: { ...quote.source },
		});
	}
	return out;
}
