/**
 * The problem list: a single-select tree (WAI-ARIA Authoring Practices, "Tree View"), one Tab stop,
 * arrow keys to move. Focus stays on the tree and `aria-activedescendant` names the current row, so
 * the rows can be drawn only while they are in view: a list of 1,000 problems draws about twenty
 * rows. Rows are one line each (the details and the fix are shown once, below the list).
 *
 * Keys: Up/Down move; Home/End go to the first/last row; Page Up/Down move ten; Right opens a group
 * (or moves into it); Left closes it (or moves from a problem to its group); Enter or Space on a
 * group opens or closes it, on a problem goes to its cell. Moving onto a problem selects it
 * (selection follows focus, as the APG allows for single-select trees), so its details show.
 */
import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { IssueJson } from "../core/report/ValidationReport.js";
import { problemKey, treeRows, type ProblemGroup, type TreeRow } from "./problemTree.js";
import { useVisuallyHidden } from "./visuallyHidden.js";

/** Every row is one line of this height, so which rows are in view is a division. */
export const ROW_HEIGHT = 32;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 6;
const PAGE = 10;
const SEVERITY_WORDS = { error: "Error", warning: "Warning", info: "Note" } as const;

const useStyles = makeStyles({
  tree: {
    position: "relative",
    overflowY: "auto",
    overflowX: "hidden",
    maxHeight: "min(20rem, 45vh)",
    minHeight: `${ROW_HEIGHT * 3}px`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: "none",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  rows: { position: "relative" },
  row: {
    position: "absolute",
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalS,
    whiteSpace: "nowrap",
    overflow: "hidden",
    cursor: "pointer",
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  group: { paddingLeft: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  problem: { paddingLeft: tokens.spacingHorizontalXXL },
  active: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorStrokeFocus2}`, outlineOffset: "-3px" },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeftColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
  },
  chevron: { width: "1em", flexShrink: 0, textAlign: "center" },
  label: { overflow: "hidden", textOverflow: "ellipsis", minWidth: 0, flexGrow: 1 },
  badge: { flexShrink: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  cell: { flexShrink: 0, fontFamily: tokens.fontFamilyMonospace, minWidth: "3.5em" },
  message: { overflow: "hidden", textOverflow: "ellipsis", minWidth: 0 },
});

export interface ProblemTreeProps {
  readonly groups: readonly ProblemGroup[];
  readonly expanded: ReadonlySet<string>;
  readonly onExpand: (group: string, open: boolean) => void;
  /** The selected problem's {@link problemKey}. */
  readonly selected: string | null;
  /** A problem was moved onto (`goTo` false) or chosen with Enter, Space or a click (`goTo` true). */
  readonly onSelect: (issue: IssueJson, goTo: boolean) => void;
  /** Several sheets: each problem's name says its sheet. */
  readonly label: string;
}

export function ProblemTree({ groups, expanded, onExpand, selected, onSelect, label }: ProblemTreeProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const idPrefix = useId("problems");
  const rows = useMemo(() => treeRows(groups, expanded), [groups, expanded]);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focused, setFocused] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(ROW_HEIGHT * 10);
  const box = useRef<HTMLDivElement>(null);
  const active = Math.max(0, Math.min(activeIndex, rows.length - 1));

  // Next or Previous moved the selection: the current row follows it (once: opening a group must not pull it back).
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (selected === null || selected === followed.current) return;
    const at = rows.findIndex((row) => row.kind === "problem" && problemKey(row.issue) === selected);
    if (at >= 0) {
      followed.current = selected;
      setActiveIndex(at);
    }
  }, [selected, rows]);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setViewHeight(element.clientHeight || ROW_HEIGHT * 10);
    measure();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    return () => observer?.disconnect();
  }, []);

  // Keep the current row in view (and so drawn).
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const top = active * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
  }, [active]);

  const rowId = (row: TreeRow) => `${idPrefix}-${row.id}`;

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(index, rows.length - 1));
    setActiveIndex(target);
    const row = rows[target];
    if (row?.kind === "problem") {
      followed.current = problemKey(row.issue);
      onSelect(row.issue, false);
    }
  };

  const activate = (index: number) => {
    const row = rows[index];
    if (!row) return;
    setActiveIndex(index);
    if (row.kind === "group") onExpand(row.group.key, !row.expanded);
    else {
      followed.current = problemKey(row.issue);
      onSelect(row.issue, true);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[active];
    if (!row) return;
    let handled = true;
    switch (event.key) {
      case "ArrowDown":
        moveTo(active + 1);
        break;
      case "ArrowUp":
        moveTo(active - 1);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(rows.length - 1);
        break;
      case "PageDown":
        moveTo(active + PAGE);
        break;
      case "PageUp":
        moveTo(active - PAGE);
        break;
      case "ArrowRight":
        if (row.kind === "group") {
          if (!row.expanded) onExpand(row.group.key, true);
          else moveTo(active + 1);
        }
        break;
      case "ArrowLeft":
        if (row.kind === "problem") moveTo(rows.findIndex((candidate) => candidate.kind === "group" && candidate.group === row.group));
        else if (row.expanded) onExpand(row.group.key, false);
        break;
      case "Enter":
      case " ":
        activate(active);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const drawn = new Set<number>();
  for (let i = first; i < last; i++) drawn.add(i);
  // The current row is always in the document, so aria-activedescendant never names a missing element.
  if (rows.length > 0) drawn.add(active);
  const activeRow = rows[active];

  return (
    <div
      ref={box}
      role="tree"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeRow ? rowId(activeRow) : undefined}
      className={styles.tree}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div role="presentation" className={styles.rows} style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {[...drawn]
          .sort((a, b) => a - b)
          .map((index) => {
            const row = rows[index] as TreeRow;
            const isActive = focused && index === active;
            const style = { top: `${index * ROW_HEIGHT}px` };
            if (row.kind === "group") {
              return (
                <div
                  key={row.id}
                  id={rowId(row)}
                  role="treeitem"
                  aria-level={1}
                  aria-posinset={row.position}
                  aria-setsize={row.setSize}
                  aria-expanded={row.expanded}
                  className={mergeClasses(styles.row, styles.group, isActive && styles.active)}
                  style={style}
                  onClick={() => activate(index)}
                >
                  <span className={styles.chevron} aria-hidden="true">
                    {row.expanded ? "▾" : "▸"}
                  </span>
                  <span className={styles.label}>
                    {row.group.label} ({row.group.issues.length.toLocaleString("en-GB")})
                  </span>{" "}
                  <span className={styles.badge}>{SEVERITY_WORDS[row.group.severity]}</span>
                </div>
              );
            }
            const isSelected = problemKey(row.issue) === selected;
            return (
              <div
                key={row.id}
                id={rowId(row)}
                role="treeitem"
                aria-level={2}
                aria-posinset={row.position}
                aria-setsize={row.setSize}
                aria-selected={isSelected}
                className={mergeClasses(styles.row, styles.problem, isSelected && styles.selected, isActive && styles.active)}
                style={style}
                onClick={() => activate(index)}
              >
                {/* Heard as "CIP monitoring!D47: No lead officer…"; seen as the cell, then the message cut to one line. */}
                <span className={hidden}>{`${row.issue.sheet}!${row.issue.cell}: ${row.issue.message}`}</span>
                <span className={styles.cell} aria-hidden="true">
                  {row.issue.cell}
                </span>
                <span className={styles.message} aria-hidden="true">
                  {row.issue.message}
                </span>
              </div>
            );
          })}
      </div>
    </div>
  );
}
