/**
 * RAG words and scales (GUIDE §2). Councils differ — three-point RAG, BRAG with Blue for complete,
 * or the government's five-point Delivery Confidence Assessment — so the scale is a setting and
 * every rating is expressed on it with {@link onScale}.
 */

/** Every word a rating can take, best first. Grey means not started or no data, on every scale. */
export const RAG_VALUES = ["Blue", "Green", "Amber/Green", "Amber", "Amber/Red", "Red", "Grey"] as const;
export type RagValue = (typeof RAG_VALUES)[number];

export const RAG_SCALES = ["RAG", "BRAG", "DCA5"] as const;
export type RagScale = (typeof RAG_SCALES)[number];

/** The words each scale uses, in the order tables list them. */
export const SCALE_VALUES: Readonly<Record<RagScale, readonly RagValue[]>> = {
  RAG: ["Green", "Amber", "Red", "Grey"],
  BRAG: ["Blue", "Green", "Amber", "Red", "Grey"],
  DCA5: ["Green", "Amber/Green", "Amber", "Amber/Red", "Red", "Grey"],
};

export const SCALE_DESCRIPTIONS: Readonly<Record<RagScale, string>> = {
  RAG: "Red, Amber, Green (complete shows Green)",
  BRAG: "Blue for complete, then Green, Amber, Red",
  DCA5: "5-point delivery confidence: Green, Amber/Green, Amber, Amber/Red, Red",
};

/**
 * A rating on `scale`. Scales without Blue show a completed action Green; three-point scales fold
 * the delivery-confidence halves to the worse side (Amber/Green → Amber, Amber/Red → Red), because a
 * committee should never see a rating rosier than the officer gave.
 */
export function onScale(value: RagValue, scale: RagScale): RagValue {
  switch (value) {
    case "Blue":
      return scale === "BRAG" ? "Blue" : "Green";
    case "Amber/Green":
      return scale === "DCA5" ? "Amber/Green" : "Amber";
    case "Amber/Red":
      return scale === "DCA5" ? "Amber/Red" : "Red";
    default:
      return value;
  }
}

const RAG_SPELLINGS: ReadonlyMap<string, RagValue> = new Map<string, RagValue>([
  ["blue", "Blue"],
  ["b", "Blue"],
  ["green", "Green"],
  ["g", "Green"],
  ["amber/green", "Amber/Green"],
  ["amber green", "Amber/Green"],
  ["amber-green", "Amber/Green"],
  ["a/g", "Amber/Green"],
  ["amber", "Amber"],
  ["a", "Amber"],
  ["amber/red", "Amber/Red"],
  ["amber red", "Amber/Red"],
  ["amber-red", "Amber/Red"],
  ["a/r", "Amber/Red"],
  ["red", "Red"],
  ["r", "Red"],
  ["grey", "Grey"],
  ["gray", "Grey"],
]);

/** Reads a RAG word as an officer types it ("amber green", "A/R", "gray"); null when it is not one. */
export function parseRagWord(text: string): RagValue | null {
  const key = text.trim().toLowerCase().replace(/\s*\/\s*/g, "/").replace(/\s+/g, " ");
  return RAG_SPELLINGS.get(key) ?? null;
}

/** Ratings that mean the action has slipped (declared by the officer's status word). */
export function isSlippedRag(value: RagValue | null): boolean {
  return value === "Amber" || value === "Amber/Red" || value === "Red";
}

/**
 * Ratings by severity: index 0 is Grey (no rating), then Green (1) to Red (5). The RAG is the most
 * severe of what the dates say and what the status says, so it is computed as a MAX over this order.
 */
export const SEVERITY_ORDER: readonly RagValue[] = ["Grey", "Green", "Amber/Green", "Amber", "Amber/Red", "Red"];

/** 1 (Green) to 5 (Red); 0 for Grey, Blue (complete is decided first) or none. */
export function severityOf(value: RagValue | null): number {
  return value === null || value === "Blue" ? 0 : SEVERITY_ORDER.indexOf(value);
}

/** `floor`, or the status's rating when that is worse. */
export function worseOf(floor: RagValue, declared: RagValue | null): RagValue {
  return severityOf(declared) > severityOf(floor) ? (declared as RagValue) : floor;
}
