import { isAttribution, isExamTipsTitle, isSchoolDay } from "./not-events-school";

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
const ADVICE =
	/^(?:\*\*|__)?(?:pupils|students|learners|teachers|candidates)\s+(?:should|must|often|can|could|may|need|will|are (?:expected|required)|tend|sometimes|frequently)\b/i;

/** Teaching notes: a sentence about what pupils do ("…helps pupils understand…", "This enquiry…"). */
const TEACHING = /\bpupils?\b|^(?:\*\*|__)?this (?:enquiry|lesson|unit|activity|task|question)\b/i;

/**
 * Citations and reading lists: "Sources: Wilson (2009)", "See also the Declaration of the Rights of Man, 1789",
 * "Cf. Hobsbawm 1962", "Lovelace, A. (1843). Notes by the Translator" — a work's year is not an event. The
 * same in fr/de/es/pt/it: "Voir aussi …", "Siehe auch …", "Véase también …", "Ver também …", "Vedi anche …",
 * "Bibliographie : …", "Literatur: …", "Bibliografía: …", "Pour aller plus loin : …".
 */
const CITATION_LEAD =
	/^(?:\*\*|__)?(?:(?:primary |secondary )?sources?|references?|bibliography|citations?|further reading|reading list|suggested reading|recommended reading|cited in|quoted in|adapted from|bibliographie|bibliograf[ií]a|literatur|weiterf(?:ü|ue?)hrende literatur|pour aller plus loin)(?:\*\*|__)?\s*[:\u2013\u2014-]|^(?:\*\*|__)?(?:see also|cf\.?|voir aussi|siehe auch|v[ée]ase tambi[ée]n|ver tambi[ée]n|ver tamb[ée]m|vedi anche)\s/i;
/** An author-date reference: "Surname, A. (1843)", "Surname, A. B., & Other, C. (2004)", "Surname, First (2004)". */
const AUTHOR_DATE =
	/^\p{Lu}[\p{L}'\u2019-]+,\s+(?:\p{Lu}\.\s?){1,3}(?:,?\s*(?:&|and)\s+[^()]{1,80})?\s*\((?:1[5-9]|20)\d\d[a-z]?\)|^\p{Lu}[\p{L}'\u2019-]+,\s+\p{Lu}[\p{L}'\u2019-]+\s+\((?:1[5-9]|20)\d\d[a-z]?\)\.?/u;

/**
 * School and admin dates: "Quiz 14 October", "Lecture 3 (12/3)", "Course outline (2024-25)", "Due 3 March",
 * "Week 5: 12 Feb", and a textbook's or course's contents: "Chapter 5: Imperial Reforms, 1763-1774", "Topic 4.2:
 * Exploration (c. 1450 to c. 1750)". A heading or line that opens with such a word is the calendar or the
 * outline of a course, not history.
 */
const ADMIN =
	/^(?:\*\*|__)?(?:week|lecture|lesson|class|seminar|tutorial|session|unit|chapter|topic|module|term|semester|quiz(?:zes)?|test|exam|midterm|homework|hw|assignment|essay|coursework|deadline|due(?: date)?|course outline|syllabus|revision session|mock)(?:\s*(?:\d{1,2}\b|[:(])|\s+[\u2013\u2014-]\s|\s+(?:due|on|is|date)\b)/iu;

/**
 * Instructions to the student: "(Be sure you are describing …)", "Make sure to …", "Remember to …", and exam
 * technique: "Use named dates to support arguments", "Cite the 1905 Duma as evidence" ("Use of gas in 1915"
 * is history).
 */
const INSTRUCTION =
	/^(?:\*\*|__)?(?:be sure|make sure|remember to|don't forget|do not forget|note down|look up|find out)\b|^(?:\*\*|__)?(?:use|cite|include|mention|quote)\s+(?!of\b)[^.;]{0,120}?\b(?:to (?:support|back up|justify|illustrate) (?:an? |your |the |each )?(?:arguments?|answers?|points?|claims?|judge?ments?)|as evidence|in (?:your|an?) (?:answer|essay|argument))/i;

/**
 * The note's or a source's own dates: "Last updated: 2023-04-01", "Posted on March 3, 2021 by admin", "(Retrieved
 * 5 May 2020)", "Accessed: 14/02/2022", "Notes from class, 12 October 2022", "Written by J. Smith, 2021".
 */
const META =
	/^[([]?\s*(?:(?:last\s+)?(?:updated|modified|edited|revised)(?:\s*:|\s+on\b|\s+at\b)?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)|(?:created|posted|published|uploaded)\s+(?:on|at)\b|(?:date\s+)?(?:retrieved|accessed)\b|written by\b|(?:class|lecture|lesson|seminar) notes\b|notes (?:from|for|of) (?:the |today's )?(?:class|lecture|lesson|seminar)\b)/i;

/**
 * Exams and revision material: "Paper 1 (2019): Germany 1890-1945", "June 2019 Paper 2, Q3", "Mark scheme 2018",
 * "[4 marks] Describe …", "(8 marks)", "Revision checklist 2024", "Specimen paper 2017".
 */
const EXAM =
	/\b(?:paper\s+[1-4]\b|mark\s+scheme|past\s+papers?|specimen\s+(?:paper|question)s?|revision\s+(?:checklist|guide|plan|timetable)|checklist\b)|[([]\s*\d{1,2}\s*marks?\s*[)\]]/i;

/**
 * Labels of a lesson's parts and of the material a note shows: "Starter: what happened in 1066", "Learning
 * objective: …", "Task 2: describe the 1905 revolution", "Key question: why did the Tsar fall in 1917", "Source A: a
 * recruitment poster from 1915", "Interpretation 2: …", "Figure 3: Map of Europe in 1914", "Video: The Cold War
 * 1947-1991". What follows is a task or a picture, not an event.
 */
const LESSON_LABEL =
	/^(?:\*\*|__)?(?:activity|task|starter|plenary|extension|exercise|ex\.|learning (?:objectives?|outcomes?|intentions?)|LOs?|WALT|WILF|success criteria|(?:key|big|enquiry|inquiry|essay|focus) questions?|(?:source|interpretation|extract)\s+[A-Z1-9]|figure|fig\.|image|photo(?:graph)?|picture|video|podcast|documentary|watch|listen|map|diagram)(?:\s*\d{1,2}[a-z]?)?(?:\*\*|__)?\s*(?::|\s[-\u2013\u2014]\s)/i;

/**
 * A bibliography entry: "Hobsbawm, E. The Age of Revolution 1789–1848. London: Abacus, 1962.", "Figes, Orlando. A
 * People's Tragedy … Pimlico, 1996." — an author first, then a publication year at the end. Its years (including
 * the title's) are a book's, not events.
 */
const REFERENCE_ENTRY =
	/^\p{Lu}[\p{L}'\u2019-]+,\s+(?:(?:\p{Lu}\.\s?){1,3}|\p{Lu}[\p{L}'\u2019-]+\.)\s.{0,400}?(?:[,.:]\s*|\(\s*)(?:1[5-9]|20)\d\d[a-z]?\)?\.?\s*$/u;

/** An item or line that is a bibliography entry (read on the whole item, before it is split into sentences). */
export function isReferenceEntry(text: string): boolean {
	return REFERENCE_ENTRY.test(text.replace(LEAD, "").trim());
}

/** A claim put to the student: "Spielvogel says that …", "Taylor argues that …", or a whole quotation. */
const CLAIM =
	/^(?:\p{Lu}[\p{L}'\u2019-]+\s+){1,3}(?:says|said|argues|argued|claims|claimed|states|stated|suggests|suggested|writes|wrote|believes|contends|asserts)\s+that\b|^["\u201c\u2018'][^"\u201d]{10,}["\u201d\u2019']\.?$/u;

/**
 * The preamble of a question: a claim followed in the same item by a question about it ("Spielvogel says that
 * the philosophes of the 18th century sought natural laws. What did he mean by this?", "'1905 was a dress
 * rehearsal.' How far do you agree?"). A plain fact followed by a question ("In 1271 Marco Polo went east. What
 * happened in the 14th century …?") stays an event.
 */
export function isPromptPreamble(sentence: string, next: string | undefined): boolean {
	return next !== undefined && isQuestion(next.trim()) && CLAIM.test(sentence.replace(LEAD, "").trim());
}

/** An instruction in brackets after a topic: "Russia (Be sure to mention the Revolution of 1905, …)". */
const ASIDE_INSTRUCTION =
	/[([]\s*(?:be sure|make sure|remember|don't forget|do not forget|you (?:should|must|need to)|try to|mention|include)\b/i;

/** A prompt whose command word closes it: "When it reached Europe in the 1340s, describe:", "…, explain." */
const PROMPT_TAIL =
	/,\s*(?:describe|explain|discuss|list|identify|outline|summari[sz]e|compare|analy[sz]e|evaluate|assess|define)\s*[:.]?$/i;

/**
 * A class activity: a gerund or "exercises" as the subject of "reveals/shows/helps" ("Comparing the 1215 charter
 * with the 1297 one reveals …", "Simple exercises—counting entries before and after 1349—reveal …").
 */
const ACTIVITY =
	/^(?:\*\*|__)?(?:(?:even )?(?:simple |short |classroom |source )?exercises\b|(?:comparing|counting|examining|mapping|tracing|charting|reading|studying|analy[sz]ing|looking at|exploring|plotting|sorting|ranking)\s)[^.;]{0,160}?\b(?:reveals?|shows?|helps?|allows?|lets?|enables?|illustrates?|demonstrates?)\b/i;

/** A comparison with the present, not an event: "Modern day borders are very different from the 14th century." */
const NOW_VS_THEN =
	/\b(?:modern[- ]day|nowadays|present[- ]day|today(?:'s|\u2019s)?)\b[^.;]{0,80}\b(?:very |quite |much )?(?:(?:different|differs?)\s+(?:from|to|than)|unlike)\b/i;

/** A mnemonic: a short quoted code, then what it stands for ("47-91" - Truman Doctrine (1947) to …). */
const MNEMONIC = /^["\u201c][\p{Lu}\d&/-]{2,10}["\u201d]\s*[-\u2013\u2014:=]\s/u;

/**
 * A question written without its question mark: "By the mid 17th c (1600s) what happened to the Portuguese
 * control of the coasts" — an opening time phrase, then a question word and verb, and no closing stop.
 */
const BARE_QUESTION =
	/^(?:by|in|during|after|before|from|around|between|at)\b[^,.;]{0,40}?(?:\)|\d|\bc\.?)\s*,?\s+(?:what|why|how)\s+(?:happened|did|caused|led|changed)\b[^.!]*$/i;

/** A year's doubt mark in brackets at the end ("King Haakon (1204?)"): not a question mark. */
const DOUBT_END = /\([^()?]{0,30}\d\?\s*\)[\s"'\u201d\u2019*_]*$/;

/** A question: ends with a question mark (also "…? (hint, p. 417)" and "…?**"). */
function isQuestion(s: string): boolean {
	if (DOUBT_END.test(s)) return false;
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
	return (
		PROMPT.test(core) ||
		ADVICE.test(core) ||
		TEACHING.test(core) ||
		CITATION_LEAD.test(core) ||
		AUTHOR_DATE.test(core) ||
		ADMIN.test(core) ||
		INSTRUCTION.test(core) ||
		ACTIVITY.test(core) ||
		PROMPT_TAIL.test(s.replace(TRAILING, "")) ||
		NOW_VS_THEN.test(s) ||
		ASIDE_INSTRUCTION.test(s) ||
		LESSON_LABEL.test(core) ||
		META.test(s) ||
		EXAM.test(s) ||
		MNEMONIC.test(s) ||
		BARE_QUESTION.test(s) ||
		isSchoolDay(core) ||
		isAttribution(sentence)
	);
}

/**
 * A section of exam technique or revision advice ("## Exam technique", "## Essay tips", "## How to answer") or of
 * misconceptions ("#### Common misconceptions", "## Myths"): its dates are examples for an answer or claims the
 * note corrects, not the note's events.
 */
const ADVICE_SECTION =
	/^(?:exam(?:ination)?|essay|revision|examiner(?:'s|\u2019s|s')?|answer(?:ing)?)\s+(?:technique|tips?|skills?|advice|guidance|strategy|strategies)\b|^how to (?:answer|revise|write|structure)\b|^(?:top |revision |exam )?tips\b|^(?:common |typical |pupil |student )?(?:misconceptions?|mistakes|errors|pitfalls|myths)\b/i;

export function isAdviceSection(title: string | undefined): boolean {
	return !!title && (ADVICE_SECTION.test(title.trim()) || isExamTipsTitle(title));
}

/** A link and nothing else: "[World History from 1400](https://…)", "[[Treaty of Paris 1763]]", "<https://…>". */
const LINK_ONLY =
	/^\s*(?:\[[^\]\n]{1,300}\]\([^)\n]{0,500}\)|\[\[[^\]\n]{1,300}\]\]|<https?:[^>\s]{1,500}>)\s*[.,;]?\s*$/;

/** An item or line that is only a link: its words are a page's or a book's title, not an event. */
export function isLinkOnly(raw: string): boolean {
	return LINK_ONLY.test(raw);
}

/** An end bound right before a date: "before 1912", "until 1800", "up to 1914", "prior to 1066". */
const BOUND_BEFORE = /\b(?:before|until|till|up to|prior to)\s+(?:the\s+)?$/i;

/**
 * A heading that only names the scope of what follows by where it ends: each of its dates is an end bound
 * ("Overview of Japan before 1912", "Europe up to 1914"). Nothing happened at that date; the heading names what
 * came before it. A start bound ("Britain since 1945", "Europe after 1815") dates the period's start and stays, as
 * does a heading with a date of its own ("Japan opens to trade, 1853").
 */
export function namesScope(text: string, dates: { index: number }[]): boolean {
	return dates.length > 0 && dates.every((d) => BOUND_BEFORE.test(text.slice(0, d.index)));
}

const WEEKDAY = /\b(?:mon|tues|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/i;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

/**
 * A journal or diary heading: only a date, written as a diary writes it ("## 2024-03-12", "### Monday 12 March",
 * "#### Tue, 3 Oct 2023"). Its lines are the day's notes; the day is not an event (a history heading
 * "#### Oct. 14, 1066" has no weekday and no ISO form, and stays a dated heading).
 */
export function isDiaryHeading(text: string, dateTexts: string[]): boolean {
	if (!ISO_DAY.test(text) && !WEEKDAY.test(text)) return false;
	let rest = text;
	for (const d of dateTexts) rest = rest.replace(d, " ");
	rest = rest.replace(WEEKDAY, " ").replace(/\b(?:st|nd|rd|th|of)\b/gi, " ");
	return !/\p{L}{2,}/u.test(rest);
}

/**
 * Author-date citations inside a sentence: "(Smith 2004, p. 12)", "(Evans et al. 2003)", "(Hill & Rose, 1998)",
 * "Figes (1996) argues". Their years are publication years, not events.
 */
const CITE_PAREN =
	/\((?:see\s+|cf\.\s+)?\p{Lu}[\p{L}'\u2019-]+(?:(?:\s+et al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'\u2019-]+),?\s+(?:1[5-9]|20)\d\d[a-z]?(?:[,:]\s*(?:pp?\.\s*)?\d+(?:[-\u2013]\d+)?)?|,?\s+(?:1[5-9]|20)\d\d[a-z]?[,:]\s*(?:pp?\.\s*)?\d+(?:[-\u2013]\d+)?)\)/gu;
const CITE_NARRATIVE =
	/\b\p{Lu}[\p{L}'\u2019-]+(?:\s+et al\.)?\s+\((?:1[5-9]|20)\d\d[a-z]?(?:,\s*pp?\.\s*[\d\u2013-]+)?\)(?=\s+(?:argues?|argued|claims?|claimed|suggests?|suggested|writes?|wrote|notes?|noted|shows?|showed|states?|stated|contends?|says?|said|believes?|found|finds|points? out|describes?|described))/gu;

/** The text with the digits of citations blanked (same length, so positions still match). */
export function maskCitations(text: string): string {
	if (!/\(/.test(text)) return text;
	const blank = (m: string): string => m.replace(/\d/g, "_");
	return text.replace(CITE_PAREN, blank).replace(CITE_NARRATIVE, blank);
}
