import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * The launch flags for a headless run on a machine without network: no sandbox (CI runs as root), no
 * GPU, and none of the background fetches (component updates, sync, QUIC probes) that would each wait
 * for a timeout on a closed network.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type BrowserSetup =
  | { ok: true; executablePath: string; pdftotext: boolean; installed?: { seconds: number } }
  | { ok: false; reason: string };

function run(command: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
    child.stderr.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
    child.on("error", (e) => resolve({ code: null, output: e.message }));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * Debian's Chromium (and poppler's pdftotext, to read printed pages back), installed with apt-get
 * when they are missing and the tests run as root (as CI does on a clean Debian machine). Never a
 * browser download of Playwright's own: the machine reaches Debian's archive and npm only.
 * Where they cannot be installed, says why, so the browser tests skip with that reason.
 */
export async function ensureChromium(): Promise<BrowserSetup> {
  // Without recommends (a GPU stack, udev, printing tools) but with a text font, as the screenshot needs.
  const packages = [...(existsSync(CHROMIUM) ? [] : ["chromium", "fonts-liberation"]), ...(existsSync("/usr/bin/pdftotext") ? [] : ["poppler-utils"])];
  let installed: { seconds: number } | undefined;
  if (packages.length > 0) {
    if (process.platform !== "linux" || process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
      if (!existsSync(CHROMIUM)) return { ok: false, reason: `${CHROMIUM} is missing and cannot be installed here (needs root and apt-get): apt-get install chromium` };
    } else {
      const started = Date.now();
      const update = await run("apt-get", ["update", "-qq"]);
      const install = update.code === 0 ? await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages]) : update;
      installed = { seconds: Math.round((Date.now() - started) / 1000) };
      if (install.code !== 0 && !existsSync(CHROMIUM)) {
        return { ok: false, reason: `apt-get install ${packages.join(" ")} failed (exit ${install.code}): ${install.output.trim().split("\n").slice(-3).join(" / ")}` };
      }
    }
  }
  return { ok: true, executablePath: CHROMIUM, pdftotext: existsSync("/usr/bin/pdftotext"), ...(installed ? { installed } : {}) };
}
