/**
 * Benefit lines: one line per project of every plan with amounts, each amount a live Excel formula
 * over the officer's own cell — the working table the generated Benefits sheet sums over.
 *
 * Why a line table rather than SUMIFS straight over the plan: officers type amounts as text,
 * "(10,000)" in seed 001's H6, and SUM / SUMIFS skip text, so the plan's own totals row is 10,000
 * short of the published figure. Each line cell converts its source cell one cell at a time
 * ({@link liveAmountFormula}, no array formula, so Excel 2016 needs no Ctrl+Shift+Enter), and the
 * summary tables add the lines up with SUM and SUMPRODUCT.
 *
 * The formula is used only when this module can show that Excel and LibreOffice compute exactly the
 * number the core counts ({@link formulaReading}); otherwise the line holds the core's number as a
 * constant and a note says why ("several amounts in one cell", "excluded by footnote *"). So every
 * line agrees with {@link totalBenefits} at refresh time, and stays live wherever that is safe.
 */
import { NOT_GIVEN } from "../analysis/totalBenefits.js";
import { columnLetters, quoteSheetName } from "../grid/Address.js";
import type { CellValue } from "../grid/Cell.js";
import type { Money } from "../parse/Money.js";
import type { Plan, PlanAction } from "../plan/Plan.js";
import { excelString, excelTrim } from "../rag/excelText.js";

/** Why an amount needs a word in the notes. */
export type AmountRemark =
  /** Text the formula reads live, e.g. "(10,000)": counted, but the plan's own SUMs leave it out. */
  | "typed-as-text"
  /** "tbc": not yet known, counts as 0 (live: a number typed later is counted). */
  | "tbc"
  /** Marked with a footnote that says "not included in totals": a constant 0. */
  | "excluded"
  /** Read by the core at refresh ("1.2m", several amounts in one cell): a constant, not live. */
  | "fixed"
  /** Not an amount at all (words, a date, TRUE, an error): counts as 0. */
  | "not-an-amount";

/** One amount of a line: a live formula over the plan cell, or a constant when that is not safe. */
export interface LineAmount {
  /** The plan cell, for a formula: `'OD projects'!H6`. */
  readonly reference: string;
  /** The plan cell as an officer reads it: "H6". */
  readonly address: string;
  /** What the core counts (and the formula computes). */
  readonly value: number;
  /** Formula without "=", or undefined when the line holds {@link value} as a constant. */
  readonly formula?: string;
  readonly remark?: AmountRemark;
  /** The cell as written, for notes; only when there is a remark. */
  readonly written?: string;
  /** The footnote mark and its text, for "excluded". */
  readonly footnote?: { readonly mark: string; readonly text: string };
}

/** A label read from a plan cell: live formula when it reads exactly what the core read, else constant text. */
export interface LineLabel {
  readonly label: string;
  readonly formula?: string;
}

/** Characters of an amount typed as text that the live check compares (amounts are short; notes are not). */
export const AMOUNT_TEXT_COMPARED = 60;

/** The text itself when a formula can compare it exactly, else null (see {@link BenefitLine.amountTexts}). */
function comparableText(text: string): string | null {
  return text.length <= AMOUNT_TEXT_COMPARED && !/[\uD800-\uDFFF]/.test(text) ? text : null;
}

export interface BenefitLine {
  readonly sheet: string;
  readonly row: number;
  /**
   * The plan cell naming the project, and what TRIM(cell) gave at the refresh: the line checks, live,
   * that its row still holds that project — after a sort or a retyped name it does not, and the
   * Benefits sheet says it is out of date (a row inserted above moves the reference with it).
   */
  readonly identity?: { readonly reference: string; readonly text: string };
  /** Amounts of the line typed as text at the refresh (their notes are written then). */
  readonly textAmounts: number;
  /**
   * Those texts as Excel's TRIM gives them, one per amount cell ("" for a number or a blank): the
   * line checks, live, that they are unchanged, since the notes name them ("tbc" retyped as "(1,500)"
   * makes the notes wrong). Null for a text too long to compare in a formula (over
   * {@link AMOUNT_TEXT_COMPARED} characters, or holding characters outside the Basic Multilingual
   * Plane, which Excel and LibreOffice count differently): only that it is still text is checked.
   */
  readonly amountTexts: ReadonlyArray<string | null>;
  /** The line's amount cells, for the live count of amounts typed as text. */
  readonly amountReferences: readonly string[];
  readonly project: string;
  /** Null when this line's plan has no stage column. */
  readonly stage: LineLabel | null;
  readonly serviceArea: LineLabel | null;
  /** Counted as already in the Medium-Term Financial Plan (the core's flag: footnote mark or MTFP column). */
  readonly inMtfp: boolean;
  /** Per financial year; missing when the plan has no column for that year. */
  readonly years: Readonly<Record<string, LineAmount>>;
  /** Missing when the plan has no investment column. */
  readonly investment?: LineAmount;
  /** Sum of the years, as the core adds them. */
  readonly total: number;
}

export interface BenefitLines {
  /** Every financial year of every plan, in order. */
  readonly years: readonly string[];
  readonly lines: readonly BenefitLine[];
  readonly hasStage: boolean;
  readonly hasServiceArea: boolean;
  readonly hasInvestment: boolean;
  /** Some plan says which benefits are already in the MTFP (a footnote mark or an MTFP column). */
  readonly hasMtfp: boolean;
  /** Texts of footnotes that mark benefits as already in the MTFP, by mark. */
  readonly mtfpFootnotes: ReadonlyArray<{ readonly mark: string; readonly text: string }>;
  /** More than one plan sheet: notes name the sheet with the cell. */
  readonly severalSheets: boolean;
}

/** Adds in pence-safe steps, exactly as the core's totals do. */
export function addMoney(a: number, b: number): number {
  return Math.round((a + b) * 100) / 100;
}

/** Characters the live formula removes before VALUE: thousands commas, £, footnote stars, spaces. */
const STRIPPED = [",", "£", "*", " "] as const;

/**
 * A benefit or investment amount read live from `ref`: the number itself, or text turned into a number —
 * "(10,000)" → -10000, "-44,000" → -44000, "£1,200" → 1200, "45,000*" → 45000, and "tbc", "-" or
 * a blank cell → 0. Checked in LibreOffice 7.4: VALUE("-10000") is -10000 (no locale involved for
 * whole numbers once the commas are gone); VALUE of words is #VALUE!, caught by IFERROR.
 * VALUE rather than `--` because LibreOffice's implicit text→number conversion depends on a setting.
 */
export function liveAmountFormula(ref: string): string {
  let inner = ref;
  for (const ch of STRIPPED.slice(0, 3)) inner = `SUBSTITUTE(${inner},${excelString(ch)},"")`;
  inner = `SUBSTITUTE(SUBSTITUTE(${inner},"(","-"),")","")`;
  inner = `SUBSTITUTE(${inner}," ","")`;
  // The outer IFERROR: a deleted plan row leaves #REF! here; the sheet then says it is out of date
  // (the line's identity check fails) rather than showing the error in every total.
  return `IFERROR(IF(ISNUMBER(${ref}),${ref},IFERROR(VALUE(${inner}),0)),0)`;
}

/**
 * What {@link liveAmountFormula} computes for a text cell, in both Excel and LibreOffice, or undefined
 * when the engines might disagree or do something surprising (dates "1/2", "1e3", "5%", "TRUE").
 */
export function formulaReading(written: string): number | undefined {
  let s = written;
  for (const ch of STRIPPED) s = s.split(ch).join("");
  s = s.split("(").join("-").split(")").join("");
  if (/^[-+]?[0-9]+(?:\.[0-9]+)?$/.test(s)) {
    const value = Number(s);
    return value === 0 ? 0 : value;
  }
  // Words with no digits are #VALUE! in both engines — except TRUE/FALSE, which LibreOffice reads as 1/0.
  if (!/[0-9]/.test(s) && !/^(?:true|false)$/i.test(s)) return 0;
  return undefined;
}

function labelFormula(ref: string): string {
  return `IFERROR(IF(TRIM(${ref}&"")="",${excelString(NOT_GIVEN)},TRIM(${ref}&"")),${excelString(NOT_GIVEN)})`;
}

/** A formula shape cut at its references, so a 20,000-row plan builds each cell's formula with one join. */
const HOLE = "\u0000";
const AMOUNT_PARTS = liveAmountFormula(HOLE).split(HOLE);
const LABEL_PARTS = labelFormula(HOLE).split(HOLE);

/** One plan column as formulas refer to it: `'OD projects'!H`, built once per column. */
interface ColumnRef {
  readonly letters: string;
  readonly prefix: string;
}

function columnRef(plan: Plan, column: number): ColumnRef {
  const letters = columnLetters(column);
  return { letters, prefix: `${quoteSheetName(plan.sheet)}!${letters}` };
}

/**
 * The stage or service area of a line. Live when Excel's TRIM of the cell gives the core's reading
 * (plain text); constant text when the cell held HTML, line breaks, odd spaces or a non-text value.
 */
function readLabel(action: PlanAction, field: "stage" | "serviceArea", column: ColumnRef | undefined): LineLabel | null {
  if (column === undefined) return null;
  const cell = action.cells[field];
  const label = cell?.text || NOT_GIVEN;
  const raw: CellValue = cell?.raw ?? null;
  if (raw === null || (typeof raw === "string" && (excelTrim(raw) === cell?.text || (excelTrim(raw) === "" && label === NOT_GIVEN)))) {
    return { label, formula: LABEL_PARTS.join(`${column.prefix}${action.row}`) };
  }
  return { label };
}

function describeRaw(raw: CellValue): string {
  if (raw === null) return "";
  if (typeof raw === "string") return raw;
  if (raw instanceof Date) return raw.toISOString().slice(0, 10).split("-").reverse().join("/");
  if (typeof raw === "object") return raw.error;
  return String(raw);
}

/**
 * One amount of a line. `money` is the core's reading of the cell; `raw` what the cell holds.
 */
function readAmount(
  column: ColumnRef,
  row: number,
  raw: CellValue,
  money: Money | undefined,
  excluded: ReadonlyMap<string, string>,
): LineAmount {
  const address = `${column.letters}${row}`;
  const reference = `${column.prefix}${row}`;
  const formula = AMOUNT_PARTS.join(reference);
  const written = describeRaw(raw);
  const m: Money = money ?? { kind: "blank" };

  if (m.kind === "amount" && m.footnote !== undefined && excluded.has(m.footnote)) {
    return { reference, address, value: 0, remark: "excluded", written, footnote: { mark: m.footnote, text: excluded.get(m.footnote) ?? "" } };
  }
  const counted = m.kind === "amount" ? m.value : m.kind === "amounts" ? m.values.reduce(addMoney, 0) : 0;

  if ((raw === null && counted === 0) || (typeof raw === "number" && m.kind === "amount" && raw === m.value)) {
    return { reference, address, value: counted, formula };
  }
  if (typeof raw === "string") {
    const reading = formulaReading(raw);
    if (reading !== undefined && reading === counted) {
      // A blank, or "-" for nil: nothing to say.
      if (m.kind === "blank" || (m.kind === "amount" && m.value === 0)) return { reference, address, value: 0, formula };
      const remark: AmountRemark = m.kind === "amount" ? "typed-as-text" : m.kind === "tbc" ? "tbc" : "not-an-amount";
      return { reference, address, value: counted, formula, remark, written };
    }
    const remark: AmountRemark = m.kind === "amount" || m.kind === "amounts" ? "fixed" : m.kind === "tbc" ? "tbc" : "not-an-amount";
    return { reference, address, value: counted, remark, written };
  }
  // A date, TRUE/FALSE or an error value: Excel and LibreOffice would not agree with the core (a date
  // is a number to ISNUMBER, TRUE is 1 in LibreOffice), so the line holds the core's reading.
  return { reference, address, value: counted, remark: m.kind === "amount" ? "fixed" : "not-an-amount", written };
}

/** What LEFT(TRIM(cell&""),200) gives for a raw value (the identity check's comparison). */
function identityText(raw: CellValue): string {
  const text = typeof raw === "string" ? excelTrim(raw) : typeof raw === "number" ? String(raw) : "";
  return text.slice(0, 200);
}

function projectName(action: PlanAction): string {
  const name = action.cells.action?.text || action.ref || action.cells.outcome?.text || action.theme || `Row ${action.row}`;
  return name.replace(/\s*\n+\s*/g, " ");
}

/** Plans that have benefit-year or investment columns (those {@link totalBenefits} totals). */
export function plansWithAmounts(plans: readonly Plan[]): Plan[] {
  return plans.filter((plan) => Object.keys(plan.columns.benefitYears).length > 0 || plan.columns.fields.investment !== undefined);
}

/** The benefit lines of every plan with amounts, in plan and row order. */
export function benefitLines(plans: readonly Plan[]): BenefitLines {
  const withAmounts = plansWithAmounts(plans);
  const years = [...new Set(withAmounts.flatMap((plan) => Object.keys(plan.columns.benefitYears)))].sort();
  const lines: BenefitLine[] = [];
  const mtfpFootnotes: Array<{ mark: string; text: string }> = [];
  for (const plan of withAmounts) {
    const excluded = new Map(plan.footnotes.filter((note) => note.excludesFromTotals).map((note) => [note.mark, note.text] as const));
    for (const note of plan.footnotes) {
      if (note.marksInMtfp && !mtfpFootnotes.some((known) => known.mark === note.mark && known.text === note.text)) {
        mtfpFootnotes.push({ mark: note.mark, text: note.text });
      }
    }
    const { fields, benefitYears } = plan.columns;
    const refOf = (column: number | undefined): ColumnRef | undefined => (column === undefined ? undefined : columnRef(plan, column));
    const investmentColumn = refOf(fields.investment);
    const stageColumn = refOf(fields.stage);
    const serviceAreaColumn = refOf(fields.serviceArea);
    const yearColumns = Object.entries(benefitYears).map(([year, column]) => [year, columnRef(plan, column)] as const);
    for (const action of plan.actions) {
      const lineYears: Record<string, LineAmount> = {};
      let total = 0;
      for (const [year, column] of yearColumns) {
        lineYears[year] = readAmount(column, action.row, action.benefitCells[year]?.raw ?? null, action.benefits[year], excluded);
      }
      // Add in year order, as the core does, so rounding matches to the penny.
      for (const year of years) if (lineYears[year]) total = addMoney(total, lineYears[year].value);
      const identityField = (["action", "outcome", "recommendation", "ref"] as const).find((field) => plan.columns.fields[field] !== undefined && action.cells[field]);
      const identityCell = identityField === undefined ? undefined : action.cells[identityField];
      const amountCells = [...yearColumns.map(([year, column]) => [column, action.benefitCells[year]?.raw ?? null] as const), ...(investmentColumn ? [[investmentColumn, action.cells.investment?.raw ?? null] as const] : [])];
      lines.push({
        sheet: plan.sheet,
        row: action.row,
        ...(identityCell !== undefined
          ? { identity: { reference: `${columnRef(plan, identityCell.column).prefix}${action.row}`, text: identityText(identityCell.raw) } }
          : {}),
        textAmounts: amountCells.filter(([, raw]) => typeof raw === "string").length,
        amountTexts: amountCells.map(([, raw]) => (typeof raw === "string" ? comparableText(excelTrim(raw)) : "")),
        amountReferences: amountCells.map(([column]) => `${column.prefix}${action.row}`),
        project: projectName(action),
        stage: readLabel(action, "stage", stageColumn),
        serviceArea: readLabel(action, "serviceArea", serviceAreaColumn),
        inMtfp: action.inMtfp === true,
        years: lineYears,
        ...(investmentColumn !== undefined
          ? {
              investment: readAmount(investmentColumn, action.row, action.cells.investment?.raw ?? null, action.investment ?? undefined, excluded),
            }
          : {}),
        total,
      });
    }
  }
  return {
    years,
    lines,
    hasStage: withAmounts.some((plan) => plan.columns.fields.stage !== undefined),
    hasServiceArea: withAmounts.some((plan) => plan.columns.fields.serviceArea !== undefined),
    hasInvestment: withAmounts.some((plan) => plan.columns.fields.investment !== undefined),
    hasMtfp: withAmounts.some((plan) => plan.actions.some((action) => action.inMtfp !== null)),
    mtfpFootnotes,
    severalSheets: new Set(withAmounts.map((plan) => plan.sheet)).size > 1,
  };
}
