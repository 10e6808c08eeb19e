import { makeStyles } from "@fluentui/react-components";

/**
 * A drop-down that never makes the pane wider than it is: a native <select> is as wide as its
 * longest option by default, and an option quoting a long heading would push a 270 px pane sideways.
 * At 100% width its min-content contribution is zero (CSS Sizing 3, compressible replaced elements),
 * so it takes the width it is given and the browser cuts long options short.
 */
const useStyles = makeStyles({
  root: { width: "100%", maxWidth: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

/** Spread into a Fluent `<Select>`: `<Select {...fit} …>`. */
export function useFitSelect(): { className: string; select: { className: string } } {
  const styles = useStyles();
  return { className: styles.root, select: { className: styles.select } };
}
