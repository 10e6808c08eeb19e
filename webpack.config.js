// Webpack build for the Excel add-in (task pane + ribbon commands), after Microsoft's Office-Addin-TaskPane-React template.
//   npm run build                         production bundle in dist/, manifest URLs rewritten to $ADDIN_URL
//   ADDIN_URL=https://host/path/ npm run build
//   npm run dev-server                    https://localhost:3000 with office-addin-dev-certs (serve mode only)
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
/** The URL manifest.xml is written against; the build replaces it with ADDIN_URL. */
const DEV_URL = "https://localhost:3000/";

/** ADDIN_URL (default DEV_URL), checked: https, no query or fragment, nothing that needs escaping in XML; ends in "/". */
function addinUrl() {
  const raw = process.env.ADDIN_URL?.trim() || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must use https (Office refuses http add-ins): ${raw}`);
  if (url.search || url.hash || /[&<>"']/.test(url.href)) {
    throw new Error(`ADDIN_URL must be a plain base URL without query, fragment or XML special characters: ${raw}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Dev certificates, trusted by Office, from office-addin-dev-certs. Loaded only for `webpack serve`. */
async function httpsOptions() {
  const { default: devCerts } = await import("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

// The page the manifest's SupportUrl and LearnMoreUrl point at: static, no script.
const SUPPORT_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'">
<title>Plan Tracker help</title>
</head>
<body>
<h1><img src="assets/icon-32.png" alt="" width="32" height="32"> Plan Tracker</h1>
<p>Plan Tracker is an Excel add-in for council improvement and action plans. It checks a plan for problems and builds committee-ready summaries from it.</p>
<p>On the Home tab, in the Plan Tracker group: <b>Refresh summary</b> rebuilds the PT sheets (summary, exceptions, committee table) from the plan; <b>Check plan</b> opens the pane on Check, which lists the plan's problems and takes you to each one; <b>Open Plan Tracker</b> opens the pane on Refresh, where you can also correct the columns it found and set the RAG rules.</p>
<p>Plan Tracker only ever replaces its own sheets, whose names start with "PT ". Your own sheets are not changed unless you tick "Add a RAG column".</p>
<p>A command-line tool, <code>plan-tracker</code>, runs the same checks over saved .xlsx files.</p>
<p>For help, contact the team that installed Plan Tracker for your council.</p>
</body>
</html>
`;

/** @type {(env: Record<string, unknown>, argv: { mode?: string }) => Promise<import("webpack").Configuration>} */
export default async (env, argv) => {
  const production = (argv.mode ?? "production") === "production";
  const serve = Boolean(env.WEBPACK_SERVE);
  const url = addinUrl();

  return {
    mode: production ? "production" : "development",
    context: ROOT,
    // Separate .map files in both modes: eval-based source maps would need 'unsafe-eval' in the pane's CSP.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/dialog/dialog.ts",
    },
    output: {
      path: path.join(ROOT, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // Sources import "./x.js" (NodeNext); let webpack find the .ts/.tsx file behind it.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the bundle only strips types.
              transpileOnly: true,
              configFile: path.join(ROOT, "tsconfig.json"),
              compilerOptions: { noEmit: false, module: "esnext", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
      ],
    },
    // No `externals`: nothing imports Office. office.js comes from Microsoft's CDN in a <script> tag and is the
    // global `Office` (types from @types/office-js). An `import ... from "office-js"` fails the build on purpose:
    // the npm package of that name is not Microsoft's.
    optimization: {
      // Only the pane is split (vendor chunks cache well across releases). The commands page and the
      // dialog are single small bundles: the command page has no React, and must not load the pane's.
      splitChunks: {
        chunks: (chunk) => chunk.name === "taskpane",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "vendor-react",
            priority: 20,
          },
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor-fluent", priority: 10 },
        },
      },
    },
    performance: { hints: production ? "warning" : false, maxEntrypointSize: 400_000, maxAssetSize: 300_000 },
    plugins: [
      // One page per entry: the pane; the ribbon commands' page (the manifest's FunctionFile); the command's result dialog.
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/dialog/dialog.html", chunks: ["dialog"] }),
      new HtmlWebpackPlugin({ filename: "support.html", templateContent: SUPPORT_PAGE, inject: false, chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/dialog/dialog.css", to: "dialog.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: { transformer: (content) => content.toString("utf8").split(DEV_URL).join(url), cache: false },
          },
        ],
      }),
    ],
    ...(serve && {
      devServer: {
        port: 3000,
        server: { type: "https", options: await httpsOptions() },
        static: false,
      },
    }),
  };
};
