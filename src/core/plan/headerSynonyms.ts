import type { FieldKey } from "./Plan.js";

/**
 * Header wording varies a lot between councils (GUIDE §2). Exact phrases are tried first;
 * then keyword rules in priority order, so "Revised target date" is not taken for "Target date".
 * Every heading here was seen in a published plan, tracker or system export: docs/HEADINGS.md
 * lists each one with its source.
 */
const EXACT: Readonly<Record<string, FieldKey>> = {
  ref: "ref",
  "ref no": "ref",
  "ref number": "ref",
  reference: "ref",
  no: "ref",
  number: "ref",
  id: "ref",
  code: "ref",
  "action ref": "ref",
  "action no": "ref",
  "action number": "ref",
  "action code": "ref",
  "action id": "ref",
  "rec no": "ref",
  "recommendation no": "ref",
  "recommendation number": "ref",
  theme: "theme",
  "key theme": "theme",
  "key themes": "theme",
  priority: "theme",
  "priority area": "theme",
  "priority areas": "theme",
  workstream: "theme",
  "work stream": "theme",
  programme: "theme",
  section: "theme",
  "area for improvement": "theme",
  "areas for improvement": "theme",
  "improvement area": "theme",
  objective: "theme",
  "strategic objective": "theme",
  directorate: "theme",
  recommendation: "recommendation",
  recommendations: "recommendation",
  "original recommendation": "recommendation",
  challenge: "recommendation",
  "key challenge": "recommendation",
  issue: "recommendation",
  finding: "recommendation",
  "what do we want to achieve": "outcome",
  outcome: "outcome",
  outcomes: "outcome",
  objectives: "outcome",
  "measure of success": "outcome",
  "measures of success": "outcome",
  action: "action",
  actions: "action",
  "action title": "action",
  "action name": "action",
  activity: "action",
  task: "action",
  project: "action",
  description: "action",
  proposal: "action",
  "proposed action": "action",
  "agreed action": "action",
  "agreed actions": "action",
  "management action": "action",
  "management response": "action",
  "how are we going to do it": "action",
  "what we will do": "action",
  "what will we do": "action",
  "response action": "action",
  response: "action",
  lead: "lead",
  owner: "lead",
  "action owner": "lead",
  who: "lead",
  "assigned to": "lead",
  responsible: "lead",
  responsibility: "lead",
  "responsible person": "lead",
  sro: "lead",
  "lead officer": "lead",
  "responsible officer": "lead",
  "accountable officer": "lead",
  "lead member": "lead",
  "lead member officer": "lead",
  target: "target",
  timescale: "target",
  timescales: "target",
  deadline: "target",
  "by when": "target",
  "due date": "target",
  "date due": "target",
  "completion date": "target",
  "completion date target": "target",
  "target completion date": "target",
  "implementation date": "target",
  "agreed implementation date": "target",
  "original implementation date": "target",
  "end date": "target",
  "delivery date": "target",
  status: "status",
  rag: "status",
  "rag status": "status",
  "status icon": "status",
  rating: "status",
  progress: "progress",
  commentary: "progress",
  update: "progress",
  comments: "progress",
  comment: "progress",
  notes: "progress",
  "latest note": "progress",
  stage: "stage",
  phase: "stage",
  "project stage": "stage",
  "service area": "serviceArea",
  service: "serviceArea",
  department: "serviceArea",
  investment: "investment",
  "one off investment": "investment",
  "one off cost": "investment",
  mtfp: "inMtfp",
  "in mtfp": "inMtfp",
  "already in mtfp": "inMtfp",
  "included in mtfp": "inMtfp",
};

const RULES: ReadonlyArray<readonly [RegExp, FieldKey]> = [
  [/\brevised\b|\bnew target\b|\bre-?profiled\b/, "revisedTarget"],
  [/\bmtfp\b/, "inMtfp"],
  [/\bbenefits?\b.*\btotal\b|\btotal\b.*\bbenefits?\b/, "benefitTotal"],
  [/\bone off\b|\binvestment\b|\bset ?up cost\b/, "investment"],
  [/\brag\b|\bstatus\b/, "status"],
  [/\btarget\b|\bdeadline\b|\btimescale|\bdue\b|\bcompletion date\b|\bimplementation date\b|\bdelivery date\b|\bby when\b|\boriginal\b.*\bdates?\b|\bdates?\b.*\boriginal\b/, "target"],
  [/\bprogress\b(?! bar)|\bcommentary\b|\bupdate\b|\bcomments?\b|\blatest note\b/, "progress"],
  [/\blead\b|\bresponsible\b|\bowner\b|\bsro\b|\bassigned to\b/, "lead"],
  [/\bmeasures? of success\b|\boutcomes?\b|\bwant to achieve\b/, "outcome"],
  [/\baction\b|\bactivity\b|\bhow (are|will) we\b|\bresponse\b|\bwhat we will do\b|\bproposals?\b/, "action"],
  [/\brecommendation|\bchallenge\b/, "recommendation"],
  [/\bservice area\b/, "serviceArea"],
  [/\bproject stage\b|\bstage\b/, "stage"],
  [/\btheme\b|\bpriority\b|\bworkstream\b|\bdirectorate\b|\bareas? for improvement\b|\bobjectives?\b/, "theme"],
  [/^ref\b|\breference\b|^(action|rec) (no|code|id)\b/, "ref"],
];

/**
 * The calculated RAG column Plan Tracker adds to a plan (with the officer's consent). It is ours,
 * not the officer's status: reading it as one would feed our formulas back in as statuses.
 */
export const OWN_RAG_COLUMN_HEADER = "RAG (Plan Tracker)";

const FINANCIAL_YEAR = /\b(20\d{2})\s*[/-]\s*(\d{2})\b/;

export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[£$€?:.()*#\u2013\u2014/\\-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Which of several theme-like headings is the theme: an explicit "Theme" first, then the headings
 * plans group actions by ("Area for improvement", "Workstream", "Objective", "Priority area"), then a
 * bare "Priority", then the organisational ones ("Directorate", "Programme", "Section").
 */
export function themeHeadingRank(normalised: string): number {
  if (/\btheme\b/.test(normalised)) return 0;
  if (/\bdirectorate\b|\bprogramme\b|\bsection\b/.test(normalised)) return 3;
  if (/^priority$/.test(normalised)) return 2;
  return 1;
}

/** "#" and "No." alone head a reference column; normalising would leave nothing to match. */
const BARE_REF = /^\s*(?:#|no\.?|№)\s*$/i;

export type HeaderMatch = { kind: "field"; field: FieldKey } | { kind: "benefitYear"; year: string };

/** What a header cell names, or null if it names nothing we know. Long cells are data, not headers. */
export function matchHeader(text: string): HeaderMatch | null {
  if (text.length === 0 || text.length > 60 || text.trim() === OWN_RAG_COLUMN_HEADER) return null;
  const year = FINANCIAL_YEAR.exec(text);
  if (year && /benefit|saving|£|cashable|income|cost|\b20\d{2}\s*[/-]\s*\d{2}\s*£?$/i.test(text)) {
    const start = Number(year[1]);
    const endShort = Number(year[2]);
    if ((start + 1) % 100 === endShort) return { kind: "benefitYear", year: `${start}/${year[2]}` };
  }
  if (BARE_REF.test(text)) return { kind: "field", field: "ref" };
  if (!/[a-z]/i.test(text)) return null; // only a financial year (above) names a column without a word
  const normal = normaliseHeader(text);
  if (normal.length === 0 || normal.split(" ").length > 8) return null;
  const exact = EXACT[normal];
  if (exact) return { kind: "field", field: exact };
  for (const [pattern, field] of RULES) {
    if (pattern.test(normal)) return { kind: "field", field };
  }
  return null;
}
