/**
 * buildGardenPages: the publishable study pages (index, timeline, key quotes, a quiz per brief,
 * optional per-course pages). Only published briefs contribute; only published notes are linked.
 */
import { briefPageLang, gardenMessages, sharedPageLang, type GardenMessages } from "./messages";
import type { Brief } from "../model";
import type { Question } from "../quiz/types";
import { timelineImages } from "./axis-page";
import { withFrontmatter } from "./frontmatter";
import { quizBody } from "./quiz-page";
import { quotesBody } from "./quotes-page";
import { timelineBody } from "./timeline-page";
import { fileName, gardenText, makeLinker, type Linker } from "./page-text";
import type { GardenInput, GardenPage, NoteInfo } from "./types";
import { gardenSlug } from "./url";
import { baseName, withoutExtension } from "../text";

/**
 * Briefs that may contribute: marked for publishing, and published by the garden's publisher according to
 * `notes` (computed with gardenPublishKeys). A brief the notes do not know is left out: fail closed.
 */
export function publishedBriefs(briefs: Brief[], notes: NoteInfo[], folder?: string): Brief[] {
	const byPath = new Map(notes.map((n) => [n.path, n]));
	const seen = new Set<string>();
	const own = folder ? `${folder.replace(/^\/+|\/+$/g, "")}/` : null;
	return briefs
		.filter((b) => {
			const n = byPath.get(b.path);
			// Generated pages carry the publish key too: they are never read back as briefs.
			const generated = own !== null && b.path.startsWith(own);
			const ok = b.publish && !generated && !!n && n.exists && n.publish && !seen.has(b.path);
			seen.add(b.path);
			return ok;
		})
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function courseName(course: string): string {
	return fileName(course.split("/").join(" - "));
}

interface Planned {
	kind: Exclude<GardenPage["kind"], "timeline-svg">;
	path: string;
	title: string;
	brief?: Brief;
	course?: string;
}

function planPages(
	briefs: Brief[],
	folder: string,
	perCourse: boolean,
	hasQuiz: (b: Brief) => boolean,
	m: GardenMessages,
	quizMsg: (b: Brief) => GardenMessages,
): Planned[] {
	const root = folder.replace(/^\/+|\/+$/g, "");
	const at = (name: string) => `${root}/${name}.md`;
	const pages: Planned[] = [
		{ kind: "index", path: at("Study pages"), title: m.studyPages },
		{ kind: "timeline", path: at("Timeline"), title: m.timeline },
		{ kind: "quotes", path: at("Key quotes"), title: m.keyQuotes },
	];
	const used = new Set<string>();
	for (const b of briefs) {
		// A brief with no question that passes the quiz gate gets no quiz page (and no "Quiz" link in the index).
		if (!hasQuiz(b)) continue;
		let name = fileName(`${baseName(b.path)} - quiz`);
		for (let i = 2; used.has(name.toLowerCase()); i++) name = fileName(`${withoutExtension(b.path)} - quiz ${i}`);
		used.add(name.toLowerCase());
		pages.push({ kind: "quiz", path: at(`Quizzes/${name}`), title: quizMsg(b).quizTitle(b.title), brief: b });
	}
	if (perCourse) {
		const courses = [...new Set(briefs.map((b) => b.course).filter(Boolean))].sort();
		for (const c of courses) {
			const n = courseName(c);
			pages.push({
				kind: "course-timeline",
				path: at(`Courses/${n} - timeline`),
				title: m.courseTimeline(c),
				course: c,
			});
			pages.push({
				kind: "course-quotes",
				path: at(`Courses/${n} - key quotes`),
				title: m.courseQuotes(c),
				course: c,
			});
		}
	}
	return pages;
}

function indexBody(pages: Planned[], briefs: Brief[], linker: Linker, m: GardenMessages): string {
	const quizOf = new Map(pages.filter((p) => p.brief).map((p) => [p.brief?.path, p.path]));
	const lines = [`# ${m.studyPages}`, "", m.intro, ""];
	for (const p of pages) if (p.kind !== "index" && p.kind !== "quiz") lines.push(`- ${linker.link(p.path, p.title)}`);
	lines.push("", `## ${m.briefs}`, "");
	if (!briefs.length) {
		lines.push(m.noBriefs, "");
		return lines.join("\n");
	}
	lines.push(`| ${m.columns.join(" | ")} |`, "| --- | --- | ---: | ---: | --- |");
	for (const b of briefs) {
		const quiz = quizOf.get(b.path);
		const cells = [
			linker.link(b.path, b.title, undefined, true),
			gardenText(b.course || "—", b.path, linker, true),
			String(b.events.length),
			String(b.quotes.length),
			quiz ? linker.link(quiz, m.quiz, undefined, true) : "",
		];
		lines.push(`| ${cells.join(" | ")} |`);
	}
	lines.push("");
	return lines.join("\n");
}

function inCourse(b: Brief, course: string): boolean {
	return b.course === course || b.course.startsWith(`${course}/`);
}

/** Each published brief's quiz (its own questions only); a quiz that fails to build is an empty one. */
function quizzesOf(input: GardenInput, briefs: Brief[]): Map<string, Question[]> {
	const quizzes = new Map<string, Question[]>();
	for (const b of briefs) {
		try {
			quizzes.set(
				b.path,
				(input.quizFor ? input.quizFor(b, briefs) : []).filter((q) => q.briefPath === b.path),
			);
		} catch {
			quizzes.set(b.path, []);
		}
	}
	return quizzes;
}

/** Every generated page for the published briefs in `input`, in a stable order. */
export function buildGardenPages(input: GardenInput): GardenPage[] {
	const opts = input.options;
	const briefs = publishedBriefs(input.briefs, input.notes, opts.folder);
	const quizzes = quizzesOf(input, briefs);
	const omit = input.omit;
	const lang = sharedPageLang(briefs, opts.lang);
	const m = gardenMessages(lang);
	const quizLang = (b: Brief) => briefPageLang(b, opts.lang);
	const INTRO = m.intro;
	const planned = planPages(
		briefs,
		opts.folder,
		!!opts.perCourse,
		(b) => (quizzes.get(b.path) ?? []).length > 0,
		m,
		(b) => gardenMessages(quizLang(b)),
	).filter((p) => !omit?.has(p.path.toLowerCase()));
	const linker = makeLinker(
		input.notes,
		input.resolveLink,
		planned.map((p) => p.path),
		opts.publishKey !== "",
	);
	const images = opts.axisImage ? timelineImages(planned, briefs, lang) : new Map<string, GardenPage>();
	const timelineOf = (p: Planned, of: Brief[]): string =>
		timelineBody({
			title: p.title,
			briefs: of,
			linker,
			mermaid: !!opts.mermaid,
			intro: INTRO,
			image: images.get(p.path)?.path,
			lang,
			eraLabels: opts.eraLabels,
		});
	const bodyOf = (p: Planned): string => {
		switch (p.kind) {
			case "index":
				return indexBody(planned, briefs, linker, m);
			case "timeline":
				return timelineOf(p, briefs);
			case "quotes":
				return quotesBody(p.title, INTRO, briefs, linker, lang);
			case "course-timeline":
				return timelineOf(
					p,
					briefs.filter((b) => inCourse(b, p.course ?? "")),
				);
			case "course-quotes":
				return quotesBody(
					p.title,
					INTRO,
					briefs.filter((b) => inCourse(b, p.course ?? "")),
					linker,
					lang,
				);
			case "quiz": {
				const brief = p.brief as Brief;
				const qm = gardenMessages(quizLang(brief));
				return quizBody(brief, quizzes.get(brief.path) ?? [], qm.quizIntro, linker, quizLang(brief));
			}
		}
	};
	const prefix = opts.permalinkPrefix?.replace(/^\/+|\/+$/g, "");
	const pages = planned.map((p): GardenPage => {
		const slug = gardenSlug(baseName(p.path));
		const permalink = prefix !== undefined ? `/${prefix ? `${prefix}/` : ""}${slug}/` : undefined;
		const content = withFrontmatter(bodyOf(p), {
			publishKey: opts.publishKey,
			permalink,
			generatedAt: input.generatedAt,
		});
		return { path: p.path, content, kind: p.kind };
	});
	return [...pages, ...images.values()];
}
