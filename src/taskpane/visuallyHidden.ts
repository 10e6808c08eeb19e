import { makeStyles } from "@fluentui/react-components";

/** Read by screen readers, not shown: the usual clip pattern. */
const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function useVisuallyHidden(): string {
  return useStyles().hidden;
}
