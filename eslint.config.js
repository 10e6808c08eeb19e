// ESLint flat config: typescript-eslint's recommended rules everywhere we write code, plus the Office.js batching
// rules from eslint-plugin-office-addins (load before read, sync after load, no sync in loops…) for code that runs in Excel.
import { defineConfig, globalIgnores } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// Only the plugin's own "office-addins/*" rules from its `recommended` config. That config also brings @eslint/js,
// Prettier formatting as errors and the plugin's private, older copy of typescript-eslint, whose "@typescript-eslint"
// plugin would clash with ours ("Cannot redefine plugin").
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const CODE = "{ts,tsx,mts,cts,js,mjs,cjs}";

export default defineConfig([
  globalIgnores(["dist/", "build/", "node_modules/", "samples/", "coverage/", ".tmp/", "test-output/"]),
  {
    name: "plan-tracker/typescript",
    files: [
      `src/**/*.${CODE}`,
      `test/**/*.${CODE}`,
      `scripts/**/*.${CODE}`,
      `bench/**/*.${CODE}`,
      `bin/**/*.${CODE}`,
      `*.${CODE}`, // webpack.config.js, eslint.config.js, vitest.config.ts
    ],
    extends: [tseslint.configs.recommended],
  },
  {
    name: "plan-tracker/office-js",
    files: [`src/taskpane/**/*.${CODE}`, `src/commands/**/*.${CODE}`, `src/adapters/officejs/**/*.${CODE}`],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
]);
