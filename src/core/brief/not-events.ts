/**
 * Sentences that name a date but are not events (issue 16, item 5): questions, exam and essay prompts,
 * reading and study tasks, and classroom advice. A student's timeline shows what happened, not what to
 * revise: "To what extent did the 1905 Revolution …?", "Explain … from 1450 to 1648.", "Skim pp. 914-917",
 * "Pupils often assume England changed overnight in 1066."
 */

/** Trailing marks after the last word: closing quotes, brackets, emphasis, spaces. */
const TRAILING = /[\s"'\u201d\u2019)\]*_]+$/;

/** A list number or task box before the sentence: "6. ", "1) ", "[ ] ", "[x] ". */
const LEAD = /^\s*(?:\d{1,3}[.)]\s+|\[[ xX]\]\s+|[-*+]\s+)*/;

/** Exam command words and study instructions that open a prompt or a task. */
const PROMPT =
	/^(?:\*\*|__)?(?:explain|describe|compare|contrast|evaluate|assess|discuss|analy[sz]e|identify|outline|summari[sz]e|justify|examine|consider|define|list|name (?:some|two|three|the)|to what extent|how far|how (?:significant|important|successful|useful|convincing)|make an argument|fill (?:out|in)|complete the|answer the|write (?:an?|your)|read (?:the|pages?|pp?\.|section|chapter|ch\.)|skim|review (?:the|pages?|pp?\.)|using (?:the )?(?:sources?|interpretations?|the map)|guiding question)\b/i;

/** Classroom advice: "Pupils should…", "Students often assume…", "Teachers must…". */
const ADVICE = /^(?:\*\*|__)?(?:pupils|students|learners|teachers|candidates)\s+(?:should|must|often|can|could|may|need|will|are (?:expected|required)|tend|sometimes|frequently)\b/i;

/** Teaching notes: a sentence about what pupils do ("…helps pupils understand…", "This enquiry…"). */
const TEACHING = /\bpupils?\b|^(?:\*\*|__)?this (?:enquiry|lesson|unit|activity|task|question)\b/i;

/** A question: ends with a question mark (also "…? (hint, p. 417)" and "…?**"). */
function isQuestion(s: string): boolean {
	const t = s.replace(TRAILING, "");
	if (t.endsWith("?")) return true;
	const hint = /\?\s*\((?:hint|see|p\.|pp\.|pg|page)[^)]*\)?$/i;
	return hint.test(t);
}

/** True when a sentence (or heading, or list item) is a question, a prompt, a task or advice. */
export function isNotEvent(sentence: string): boolean {
	const s = sentence.replace(LEAD, "").trim();
	if (!s) return false;
	if (isQuestion(s)) return true;
	const core = s.replace(/^[[(]+/, "");
	return PROMPT.test(core) || ADVICE.test(core) || TEACHING.test(core);
}
