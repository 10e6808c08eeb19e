import {
  Body1,
  FluentProvider,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

export interface AppProps {
  /** Follow Office's dark theme (Black or Dark Gray). */
  dark: boolean;
}

/** The task pane. For now a title and a pointer to the command line; the full pane comes later. */
export function App({ dark }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <main className={styles.main}>
        <Title2 as="h1">Plan Tracker</Title2>
        <Body1 as="p">
          In this version, validation and summary refresh are run from the command line, for example{" "}
          <code>plan-tracker validate plan.xlsx</code>.
        </Body1>
      </main>
    </FluentProvider>
  );
}
