/**
 * Hand-made questions of every kind (from the seed brief's content) and a small test host, for the quiz
 * view tests (checked by the real core/quiz checkAnswer).
 */
import type { App } from "obsidian";
import type { IndexQueries } from "../../src/core/index/types";
import type { Brief, SourceRef } from "../../src/core/model";
import type { Question } from "../../src/core/quiz/types";
import { DEFAULT_SETTINGS } from "../../src/settings";
import type { StudyHost } from "../../src/ui/host";
import type { OpenMode } from "../../src/obsidian/open-source";

export const BRIEF = "History/US recognition of the Soviet Union.md";
export const SIBLING = "History/Stalin's five-year plans.md";

function q(over: Partial<Question> & Pick<Question, "id" | "kind" | "prompt" | "answer">): Question {
	return { itemId: over.id, briefPath: BRIEF, source: { path: BRIEF, line: 10 }, ...over };
}

export const QUESTIONS: Question[] = [
	q({
		id: "q-date-choice",
		kind: "date-choice",
		prompt: "In what year did the United States formally recognize the Soviet Union?",
		options: ["1931", "1933", "1936", "1917"],
		answer: "1933",
		context: "In November 1933 the United States formally recognized the Soviet Union.",
		source: { path: BRIEF, line: 27 },
	}),
	q({
		id: "q-cloze",
		kind: "cloze",
		prompt: "Roosevelt hoped recognition would help contain ____ expansion in Asia.",
		answer: "Japanese",
		context: '"Roosevelt hoped recognition would help contain Japanese expansion in Asia."',
		source: { path: BRIEF, line: 31 },
	}),
	q({
		id: "q-date-typed",
		kind: "date-typed",
		prompt: "In what year did the U.S. sever diplomatic ties with Russia?",
		answer: "1917",
		accepted: ["1917 AD"],
		context: "The U.S. severed diplomatic ties with Russia in 1917 after the Bolshevik Revolution.",
		source: { path: BRIEF, line: 14 },
	}),
	q({
		id: "q-term",
		kind: "term-choice",
		prompt: "Which term: the Soviet transfer to the U.S. of claims against Americans, to settle old debts?",
		options: ["Riga axioms", "Gentleman's agreement", "Litvinov Assignment", "Good Neighbor Policy"],
		answer: "Litvinov Assignment",
		context: "Litvinov Assignment: the Soviet Union assigned to the U.S. its claims against American nationals.",
		source: { path: BRIEF, line: 18 },
	}),
	q({
		id: "q-tf",
		kind: "true-false",
		prompt: "Economic interests: the U.S. severed diplomatic ties with Russia after the Bolshevik Revolution.",
		options: ["True", "False"],
		answer: "False",
		context: "Economic interests: American businesses hoped for trade with the Soviet Union during the Depression.",
		source: { path: BRIEF, line: 16 },
	}),
	q({
		id: "q-match",
		kind: "match",
		prompt: "Match each term with its definition.",
		pairs: [
			{ left: "Background", right: "Ties severed in 1917 after the Bolshevik Revolution" },
			{ left: "Economic interests", right: "Hopes of trade during the Great Depression" },
			{ left: "Security", right: "Containing Japanese expansion in Asia" },
			{ left: "Criticism", right: "Opposed by Catholic groups and labour leaders" },
		],
		options: [
			"Containing Japanese expansion in Asia",
			"Opposed by Catholic groups and labour leaders",
			"Ties severed in 1917 after the Bolshevik Revolution",
			"Hopes of trade during the Great Depression",
		],
		answer: "Background -> Ties severed in 1917 after the Bolshevik Revolution",
		source: { path: BRIEF, line: 14 },
	}),
	q({
		id: "q-order",
		kind: "order",
		prompt: "Put these events in chronological order.",
		items: [
			"The U.S. severs ties with Russia (1917)",
			"The Soviet Union is founded (1922)",
			"The U.S. recognizes the Soviet Union (1933)",
			"The Nazi-Soviet Pact is signed (1939)",
		],
		options: [
			"The Soviet Union is founded (1922)",
			"The U.S. severs ties with Russia (1917)",
			"The Nazi-Soviet Pact is signed (1939)",
			"The U.S. recognizes the Soviet Union (1933)",
		],
		answer: "The U.S. severs ties with Russia (1917)\nThe Soviet Union is founded (1922)\nThe U.S. recognizes the Soviet Union (1933)\nThe Nazi-Soviet Pact is signed (1939)",
		source: { path: BRIEF, line: 27 },
	}),
	q({
		id: "q-which",
		kind: "which-brief",
		prompt: '"The recognition was a pragmatic decision, not an endorsement of communism." Which brief is this quote from?',
		options: ["Stalin's five-year plans", "US recognition of the Soviet Union (1933)"],
		answer: "US recognition of the Soviet Union (1933)",
		source: { path: BRIEF, line: 33 },
	}),
];

export function fakeBrief(path: string, title: string, publish = true): Brief {
	return {
		path,
		id: path,
		title,
		publish,
		hidden: false,
		course: path.split("/").slice(0, -1).join("/"),
		tags: [],
		sections: [],
		events: [],
		quotes: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
	};
}

export interface TestHost extends StudyHost {
	opened: { ref: SourceRef; mode?: OpenMode }[];
}

export function makeHost(
	briefs: Brief[] = [
		fakeBrief(BRIEF, "US recognition of the Soviet Union (1933)"),
		fakeBrief(SIBLING, "Stalin's five-year plans"),
	],
): TestHost {
	const byPath = new Map(briefs.map((b) => [b.path, b]));
	const index: IndexQueries = {
		revision: 1,
		get: (p) => byPath.get(p),
		briefs: () => [...byPath.values()],
		timeline: () => [],
		quotes: () => [],
		problems: () => [],
		onChange: () => () => undefined,
	};
	const opened: TestHost["opened"] = [];
	return {
		app: {} as App,
		index,
		settings: { ...DEFAULT_SETTINGS },
		opened,
		openSource: async (ref, mode) => {
			opened.push({ ref, mode });
		},
		startQuiz: async () => undefined,
		activePath: () => BRIEF,
		onActiveChange: () => () => undefined,
		reviewStats: (p) => (p === BRIEF ? { due: 3, mastery: 0.42 } : null),
		now: () => new Date("2026-11-28T12:00:00Z"),
	};
}
