import { makeStyles, tokens } from "@fluentui/react-components";
import type { RagValue } from "../core/rag/RagValue.js";
import { RAG_STYLES, ragStyleName } from "../core/rag/ragStyles.js";

const useStyles = makeStyles({
  swatch: {
    display: "inline-block",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
});

/** A RAG rating as the summary sheets show it: its fill and its word (never the colour alone). */
export function RagSwatch({ value }: { readonly value: RagValue }) {
  const styles = useStyles();
  const style = RAG_STYLES[ragStyleName(value)];
  return (
    <span className={styles.swatch} style={{ backgroundColor: `#${style?.fill ?? "FFFFFF"}`, color: `#${style?.fontColor ?? "000000"}` }}>
      {value}
    </span>
  );
}
