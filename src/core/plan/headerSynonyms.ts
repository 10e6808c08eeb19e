import type { FieldKey } from "./Plan.js";

/**
 * Header wording varies a lot between councils (GUIDE §2). Exact phrases are tried first;
 * then keyword rules in priority order, so "Revised target date" is not taken for "Target date".
 */
const EXACT: Readonly<Record<string, FieldKey>> = {
  ref: "ref",
  "ref no": "ref",
  reference: "ref",
  no: "ref",
  number: "ref",
  id: "ref",
  "action ref": "ref",
  "action no": "ref",
  theme: "theme",
  "key theme": "theme",
  priority: "theme",
  workstream: "theme",
  programme: "theme",
  section: "theme",
  recommendation: "recommendation",
  recommendations: "recommendation",
  challenge: "recommendation",
  "key challenge": "recommendation",
  issue: "recommendation",
  "what do we want to achieve": "outcome",
  outcome: "outcome",
  outcomes: "outcome",
  objective: "outcome",
  "measure of success": "outcome",
  "measures of success": "outcome",
  action: "action",
  actions: "action",
  activity: "action",
  task: "action",
  project: "action",
  description: "action",
  "how are we going to do it": "action",
  "what we will do": "action",
  "response action": "action",
  response: "action",
  lead: "lead",
  owner: "lead",
  responsible: "lead",
  sro: "lead",
  "lead officer": "lead",
  "responsible officer": "lead",
  "accountable officer": "lead",
  "lead member": "lead",
  target: "target",
  timescale: "target",
  timescales: "target",
  deadline: "target",
  "by when": "target",
  "due date": "target",
  "date due": "target",
  "completion date": "target",
  status: "status",
  rag: "status",
  "rag status": "status",
  rating: "status",
  progress: "progress",
  commentary: "progress",
  update: "progress",
  comments: "progress",
  comment: "progress",
  notes: "progress",
  stage: "stage",
  phase: "stage",
  "project stage": "stage",
  "service area": "serviceArea",
  service: "serviceArea",
  directorate: "serviceArea",
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
  [/\btarget\b|\bdeadline\b|\btimescale|\bdue\b|\bcompletion date\b/, "target"],
  [/\bprogress\b|\bcommentary\b|\bupdate\b|\bcomments?\b/, "progress"],
  [/\blead\b|\bresponsible\b|\bowner\b|\bsro\b/, "lead"],
  [/\bmeasures? of success\b|\boutcomes?\b|\bwant to achieve\b|\bobjectives?\b/, "outcome"],
  [/\baction\b|\bactivity\b|\bhow (are|will) we\b|\bresponse\b/, "action"],
  [/\brecommendation|\bchallenge\b/, "recommendation"],
  [/\bservice area\b|\bdirectorate\b/, "serviceArea"],
  [/\bproject stage\b|\bstage\b/, "stage"],
  [/\btheme\b|\bpriority\b|\bworkstream\b/, "theme"],
  [/^ref\b|\breference\b/, "ref"],
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
  const normal = normaliseHeader(text);
  if (normal.length === 0 || normal.split(" ").length > 8) return null;
  const exact = EXACT[normal];
  if (exact) return { kind: "field", field: exact };
  for (const [pattern, field] of RULES) {
    if (pattern.test(normal)) return { kind: "field", field };
  }
  return null;
}
