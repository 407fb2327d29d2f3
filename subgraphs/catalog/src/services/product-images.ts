import { createHash } from 'node:crypto';

/**
 * Product pictures that render without internet access: an SVG drawn from the product's name and department,
 * with colours derived from the name, so the same product always looks the same.
 */

/** The file names the catalog serves its pictures under: `<slug>.svg`, and `<slug>.webp` renditions of it. */
const IMAGE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(svg|webp)$/;

/** The path stored for the picture the catalog draws of the product `slug` (made absolute when read). */
export function imagePath(slug: string): string {
  return `/images/${slug}.svg`;
}

/** A file name under `/images/` → the product's slug and the format asked for; null for anything else. */
export function imageFile(file: string): { slug: string; format: 'svg' | 'webp' } | null {
  const match = IMAGE_FILE.exec(file);
  return match ? { slug: match[1]!, format: match[2] as 'svg' | 'webp' } : null;
}

const GLYPHS: Record<string, string> = {
  electronics:
    '<rect x="290" y="250" width="220" height="300" rx="36" fill="none" stroke="currentColor" stroke-width="18"/><circle cx="400" cy="470" r="26" fill="currentColor"/><rect x="330" y="290" width="140" height="120" rx="10" fill="currentColor" opacity="0.35"/>',
  clothing:
    '<path d="M320 240 L260 280 L220 380 L285 410 L300 360 L300 560 L500 560 L500 360 L515 410 L580 380 L540 280 L480 240 Q400 300 320 240 Z" fill="none" stroke="currentColor" stroke-width="18" stroke-linejoin="round"/>',
  books:
    '<path d="M250 280 Q320 250 400 290 Q480 250 550 280 L550 540 Q480 510 400 550 Q320 510 250 540 Z" fill="none" stroke="currentColor" stroke-width="18" stroke-linejoin="round"/><line x1="400" y1="290" x2="400" y2="550" stroke="currentColor" stroke-width="14"/>',
  'home-goods':
    '<path d="M240 400 L400 260 L560 400" fill="none" stroke="currentColor" stroke-width="18" stroke-linejoin="round" stroke-linecap="round"/><rect x="280" y="390" width="240" height="170" fill="none" stroke="currentColor" stroke-width="18"/><rect x="370" y="460" width="60" height="100" fill="currentColor" opacity="0.4"/>',
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits a name into at most three lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines.slice(2).join(' ').slice(0, width - 1)}…`] : lines;
}

/** An 800×800 SVG for a product of the given top-level department. */
export function renderProductSvg(name: string, department: string): string {
  const hash = createHash('sha1').update(name).digest();
  const hue = hash[0]! * 360 / 256;
  const hue2 = (hue + 40 + (hash[1]! % 60)) % 360;
  const glyph = GLYPHS[department] ?? GLYPHS.electronics!;
  const lines = wrap(name, 22)
    .map((text, i) => `<tspan x="400" dy="${i === 0 ? 0 : 52}">${escapeXml(text)}</tspan>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" role="img" aria-label="${escapeXml(name)}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue.toFixed(0)}, 55%, 88%)"/><stop offset="1" stop-color="hsl(${hue2.toFixed(0)}, 50%, 74%)"/>
  </linearGradient></defs>
  <rect width="800" height="800" fill="url(#bg)"/>
  <circle cx="400" cy="400" r="230" fill="#ffffff" opacity="0.35"/>
  <g color="hsl(${hue.toFixed(0)}, 45%, 30%)">${glyph}</g>
  <text x="400" y="660" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="44" font-weight="600" fill="hsl(${hue.toFixed(0)}, 40%, 22%)">${lines}</text>
</svg>
`;
}
