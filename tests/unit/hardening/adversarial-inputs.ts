/**
 * Adversarial note bodies for the growth tests and the property tests: runs of punctuation, digits, dashes,
 * quote marks, emphasis markers, pipes and brackets, huge and wide tables, long lines without spaces, many
 * headings, deep lists. Each family makes a body of about n characters (the front-matter comes on top).
 */
import { repeatTo } from "../../support/growth";

export const FM = "---\ndg-publish: true\n---\n# Adversarial\n\n";

function lines(n: number, line: (i: number) => string): string {
	const out: string[] = [];
	let size = 0;
	for (let i = 0; size < n; i++) {
		const l = line(i);
		out.push(l);
		size += l.length + 1;
	}
	return out.join("\n");
}

/** name -> body of about n characters. */
export const FAMILIES: Record<string, (n: number) => string> = {
	"run of dots (H1)": (n) => "Chapter one " + ".".repeat(n) + " page 12",
	"run of ?! marks": (n) => "Why " + repeatTo("?!", n) + " Then",
	"dots with closing quotes": (n) => "He said " + repeatTo(".\u201d)", n) + " Then in 1917.",
	"dot space runs": (n) => repeatTo("U.S. ", n) + "In 1917.",
	"run of digits": (n) => "in " + "1".repeat(n),
	"thousands groups": (n) => "AD 5 and 1" + repeatTo(",000", n),
	"thousands groups BC": (n) => "1" + repeatTo(",000", n) + " BC",
	"run of hyphens": (n) => "1917" + "-".repeat(n) + "1918",
	"en-dash ranges": (n) => repeatTo("1917\u2013", n),
	"spaces after a heading year": (n) => "Recognition, 1933" + " ".repeat(n) + "x",
	"spaces after a leading year": (n) => "1917" + " ".repeat(n) + "x",
	"tabs": (n) => "in" + "\t".repeat(n) + "1917",
	"quote marks": (n) => "**Key Quotes:**\n- " + repeatTo("\"\u201c\u201d'", n) + " \u2014 Speaker",
	"bold markers": (n) => repeatTo("**", n) + "1917",
	"mixed emphasis": (n) => repeatTo("*_~=", n) + " in 1917",
	"pipes": (n) => "|" + repeatTo("|", n) + "1917",
	"nested wikilink brackets": (n) => repeatTo("[[", n / 2) + "1917" + repeatTo("]]", n / 2),
	"nested parentheses": (n) => repeatTo("(", n / 2) + "1917" + repeatTo(")", n / 2),
	"markdown link openers": (n) => repeatTo("[a](", n) + "1917",
	"backticks": (n) => repeatTo("`` ` ", n) + "in 1917",
	"dollars": (n) => repeatTo("$a", n) + " in 1917",
	"html tags": (n) => repeatTo("<b>", n) + "in 1917",
	"wide row of years (H2)": (n) => "|" + repeatTo(" 1917 |", n) + "\n|" + repeatTo("---|", (n / 7) * 4) + "\n",
	"wide row of dated prose": (n) => "|" + repeatTo(" in 1917 the tsar fell |", n) + "\n",
	"huge table": (n) => "| Year | Event |\n|---|---|\n" + lines(n, (i) => `| ${1000 + (i % 999)} | event ${i} |`),
	"long line without spaces": (n) => repeatTo("x1917", n),
	"many headings": (n) => lines(n, (i) => `${"#".repeat((i % 6) + 1)} Heading ${i}, ${1000 + (i % 900)}`),
	"deep list": (n) => lines(n, (i) => `${"  ".repeat(i % 300)}- level ${i} in ${1000 + (i % 900)}`),
	"one paragraph of dated lines": (n) => lines(n, (i) => `in ${1000 + (i % 999)} item ${i}`),
	"year pairs": (n) => repeatTo("between 1917 and 1918 ", n),
	"short ranges": (n) => repeatTo("1917\u201318 ", n),
	"signed ISO dates": (n) => repeatTo("-0044-03-15 ", n),
	"era years": (n) => repeatTo("44 BC ", n),
	"month names": (n) => repeatTo("March ", n) + "1917",
	"month ranges": (n) => repeatTo("March 1917 to ", n),
	"day month": (n) => repeatTo("12 March ", n),
	"old style openers": (n) => repeatTo("7 November (", n) + "1917",
	"short decades": (n) => repeatTo("'30s ", n) + "in 1930",
	"centuries": (n) => repeatTo("the 19th and ", n) + "20th centuries",
	"callout nesting": (n) => lines(n, (i) => `${"> ".repeat((i % 200) + 1)}[!quote] Speaker ${i} in 1917`),
	"quote lines": (n) => lines(n, () => '> "In 1917 we won," said Lenin.'),
	"approximation cues": (n) => repeatTo("c. ", n) + "1917",
};

/** The pieces the property tests build notes from (the families' building blocks, and some glue). */
export const PIECES: string[] = [
	".", "...", "!", "?", "?!", "\u2026", ". ", "\u201d", "\"", "'", ")", "(", "]", "[", "[[", "]]", "*", "**", "_", "__",
	"~~", "==", "|", " | ", "`", "```", "$", "$$", "%%", "<!--", "-->", "<b>", "-", "--", "\u2013", "\u2014", ",", ":",
	" ", "  ", "\t", "\n", "\n\n", "\n| ", "\n|---|---|\n", "\n# ", "\n## ", "\n- ", "\n  - ", "\n1. ", "\n> ", "\n> [!quote] ",
	"1", "12", "1917", "1,000", "44", "BC", "AD", "BCE", "c.", "ca.", "in ", "In ", "from ", " to ", " and ", "between ",
	"March", "Nov", "7 November", "(25 October O.S.)", "the 19th century", "1930s", "'30s", "spring ", "U.S.", "etc.",
	"Dr.", "Then", "The", "x", "\u00e9", "\ud83d\udc51", "\u202e", "**Key Quotes:**", "**Conclusion:**", "#tag",
];
