import { benchRefresh } from "./bench/refresh.js";
import { benchLiveSheets } from "./bench/liveSheets.js";
if (process.argv[2] !== "live") await benchRefresh();
if (process.argv[2] !== "refresh") await benchLiveSheets();
