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
  {
    // The pure core holds every domain decision and runs the same behind Excel, the pane and the command line,
    // so it may import nothing that ties it to one of them.
    name: "plan-tracker/pure-core",
    files: [`src/core/**/*.${CODE}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The core is pure: file and process work belongs in an adapter or front end." },
            {
              group: ["fs", "path", "os", "child_process", "stream", "zlib", "crypto", "util", "buffer", "url"],
              message: "The core is pure: Node modules belong in an adapter or front end.",
            },
            { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "The core knows no UI framework." },
            { group: ["exceljs", "fflate", "saxes", "docx", "@microsoft/*", "office-js", "@types/office-js"], message: "The core knows no file format library or Office API: adapters carry out its plans." },
            { group: ["**/adapters/**", "**/cli/**", "**/taskpane/**", "**/commands/**", "**/addin/**", "**/dialog/**"], message: "The core never imports an adapter or front end; they import it." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "The core knows no Office API." },
        { name: "Excel", message: "The core knows no Office API." },
        { name: "document", message: "The core knows no DOM." },
        { name: "window", message: "The core knows no DOM." },
        { name: "process", message: "The core is pure: no process access." },
      ],
    },
  },
]);
