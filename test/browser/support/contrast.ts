import type { Page } from "playwright-core";

/** A text element whose colour falls short of WCAG AA (4.5:1) on the background it is painted on. */
export interface LowContrast {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/**
 * Every visible element with text of its own, its computed colour against the first opaque background
 * behind it (its own or an ancestor's). Enabled controls and text only: WCAG exempts disabled ones.
 */
export function lowContrast(page: Page, minimum = 4.5): Promise<LowContrast[]> {
  return page.evaluate((min) => {
    const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const backgroundOf = (node: Element | null): string => {
      for (let n = node; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        const parts = rgb(bg);
        if (parts.length >= 3 && (parts.length === 3 || (parts[3] ?? 0) > 0.99)) return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor || "rgb(255, 255, 255)";
    };
    const found: { text: string; ratio: number; color: string; background: string }[] = [];
    for (const node of document.querySelectorAll("body *")) {
      const own = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim());
      if (!own || !(node instanceof HTMLElement) || node.offsetParent === null) continue;
      if ((node as HTMLButtonElement).disabled) continue;
      const color = getComputedStyle(node).color;
      const background = backgroundOf(node);
      const [a, b] = [luminance(rgb(color)), luminance(rgb(background))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < min)
        found.push({ text: node.textContent?.trim().slice(0, 40) ?? "", ratio, color, background });
    }
    return found;
  }, minimum);
}
