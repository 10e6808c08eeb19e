/**
 * Words that tell a plan's structure rather than its content: metadata lines above the table, and
 * sub-references that restart under each recommendation.
 */

/**
 * Lines that describe the document, not a theme: "Updated: 3 March 2025", "Last reviewed June 2024",
 * "Version 2.1", "Owner: Chief Executive | Reported to: Cabinet", "As at 30 September 2024".
 */
const METADATA_START =
  /^\s*(?:(?:last\s+)?(?:updated|reviewed|revised|modified|edited)|date\s+(?:updated|of\s+(?:last\s+)?(?:update|review))|next\s+review|review\s+date|as\s+at|version|ver\.?|v\d|draft\s+v(?:er(?:sion)?)?\.?\s*\d|(?:report\s+)?(?:generated|printed|produced|run|exported)(?:\s+(?:on|at|by|date))?\s*[:\s]\s*\S|run\s+date|print\s+date|(?:document\s+|plan\s+|action\s+)?owner|author|prepared\s+by|reported\s+to|reporting\s+to|approved\s+by|classification|protective\s+marking|official(?:\s*[-–]\s*sensitive)?\s*$|status\s*:)/i;
/** "Owner: … | Reported to: …": label–value pairs separated by bars. */
const LABELLED_PAIRS = /^[^:|]{1,30}:[^|]*\|\s*[^:|]{1,30}:/;

export function isMetadataLine(text: string): boolean {
  if (text.length > 200) return false;
  return METADATA_START.test(text) || LABELLED_PAIRS.test(text);
}

/**
 * A reference that restarts under each parent: "(i)", "(ii)", "a.", "b)", "i.", "c". Written alone they
 * repeat under every recommendation, so they are read with their parent's reference.
 */
export const SUB_REF = /^\(?(?:[ivx]{1,5}|[a-z])(?:\)|\.)?$/i;

/** The parent's reference, then the sub-reference as written: "R3" + "(ii)" → "R3 (ii)"; "3" + "a." → "3 a.". */
export function qualifySubRef(parent: string, sub: string): string {
  return `${parent.trim().replace(/[.:]+$/, "")} ${sub.trim()}`;
}

/** "Recommendation 3: …", "Rec 3 –", "Objective 2." name their number in words. */
const NUMBERED_HEADING = /^\s*(?:recommendation|rec|objective|priority|theme|area|workstream)\s+(\d{1,3}[a-z]?)\b/i;

/** The reference a heading row's text gives itself, when it names one in words. */
export function numberedHeadingRef(text: string): string | null {
  return NUMBERED_HEADING.exec(text)?.[1] ?? null;
}
