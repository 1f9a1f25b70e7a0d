import { usd, usdRange } from "../shared.js";
import { html, joinHtml, raw, type Html } from "./escape.js";
import type { RangeBar } from "./model.js";

/*
 * The exposure chart: inline SVG drawn here, no library and no script. Each bar runs from the low
 * figure to the high one on a linear dollar scale shared by every chart of a report, with a tick at
 * each end so a bar with equal ends still shows. Coordinates are printed with two decimals, so the
 * same figures always give the same bytes.
 */

const WIDTH = 760;
const LABEL_WIDTH = 300;
const BAR_X = LABEL_WIDTH + 10;
const BAR_WIDTH = WIDTH - BAR_X - 20;
const ROW = 60;
const TOP = 24;
const MAX_LABEL = 40;

/** A coordinate, fixed to two decimals (locale-independent). */
function n(value: number): Html {
  return raw(value.toFixed(2));
}

/** Where a dollar figure falls on the bar area, for a scale whose right end is `max`. */
export function scaleX(amount: number, max: number): number {
  return BAR_X + (max > 0 ? (Math.max(0, amount) / max) * BAR_WIDTH : 0);
}

/** The width of a bar from `low` to `high` on that scale. */
export function barWidth(low: number, high: number, max: number): number {
  return scaleX(high, max) - scaleX(low, max);
}

/** A label short enough for the chart (whole code points; the full text is in the row's title). */
function shorten(text: string): string {
  const chars = [...text];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join("")}…` : text;
}

/**
 * An SVG range-bar chart. `id` must be unique in the page (it names the title and description);
 * `max` is the scale's right end, shared across a report's charts so their bars compare.
 */
export function rangeChart(id: string, caption: string, bars: readonly RangeBar[], max: number): Html {
  const height = TOP + bars.length * ROW + 28;
  const rows = bars.map((b, i) => {
    const y = TOP + i * ROW;
    const x1 = scaleX(b.low, max);
    const x2 = scaleX(b.high, max);
    return html`<g class="bar-row" data-label="${b.label}"><title>${b.label}: ${usdRange(b)} (${b.counting})</title>
<text class="bar-label" x="0" y="${n(y + 16)}">${shorten(b.label)}</text>
<text class="bar-figure" x="0" y="${n(y + 32)}">${usdRange(b)}</text>
<text class="bar-counting" x="0" y="${n(y + 47)}">counted ${shorten(b.counting)}</text>
<rect class="track" x="${n(BAR_X)}" y="${n(y + 14)}" width="${n(BAR_WIDTH)}" height="20"></rect>
<rect class="range" data-low="${b.low}" data-high="${b.high}" x="${n(x1)}" y="${n(y + 14)}" width="${n(x2 - x1)}" height="20"></rect>
<rect class="end" x="${n(x1 - 1)}" y="${n(y + 10)}" width="2" height="28"></rect>
<rect class="end" x="${n(x2 - 1)}" y="${n(y + 10)}" width="2" height="28"></rect>
</g>`;
  });
  const axisY = TOP + bars.length * ROW + 4;
  const ticks = [0, 0.5, 1].map((t) => {
    const x = BAR_X + t * BAR_WIDTH;
    const anchor = t === 0 ? "start" : t === 1 ? "end" : "middle";
    return html`<line class="tick" x1="${n(x)}" y1="${n(axisY - 4)}" x2="${n(x)}" y2="${n(axisY + 4)}"></line><text class="tick-label" x="${n(x)}" y="${n(axisY + 18)}" text-anchor="${anchor}">${usd(t * max)}</text>`;
  });
  const description = bars.map((b) => `${b.label}: ${usdRange(b)}, counted ${b.counting}`).join("; ");
  return html`<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" data-scale-max="${max}" data-bar-x="${BAR_X}" data-bar-width="${BAR_WIDTH}">
<title id="${id}-title">${caption}</title>
<desc id="${id}-desc">${description}</desc>
${joinHtml(rows, "\n")}
<line class="axis" x1="${n(BAR_X)}" y1="${n(axisY)}" x2="${n(BAR_X + BAR_WIDTH)}" y2="${n(axisY)}"></line>
${joinHtml(ticks)}
</svg>`;
}
