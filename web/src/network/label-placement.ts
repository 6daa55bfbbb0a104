/** A label to place next to its node: where the node is (its centre and radius) and its text. */
export interface LabelCandidate {
  x: number;
  y: number;
  radius: number;
  text: string;
}

export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
  /** 'start': right of the node; 'end': left of it (SVG text-anchor). */
  anchor: 'start' | 'end';
}

/** Width of one character of the 9 px label font, generously (system sans-serif averages ~5 px). */
const CHAR_WIDTH = 5.2;
const LINE_HEIGHT = 11;
const GAP = 2;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Labels in the order given (most important first), each right of its node, or left of it when the
 * right side would overlap a label already placed; a label that fits on neither side is left out
 * (its node keeps its name as a tooltip), so no two names are ever printed over each other.
 */
export function placeLabels(candidates: readonly LabelCandidate[]): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  for (const c of candidates) {
    const width = c.text.length * CHAR_WIDTH;
    const top = c.y - LINE_HEIGHT / 2;
    const bottom = c.y + LINE_HEIGHT / 2;
    const right = { left: c.x + c.radius + GAP, right: c.x + c.radius + GAP + width, top, bottom };
    const left = { left: c.x - c.radius - GAP - width, right: c.x - c.radius - GAP, top, bottom };
    const side = [
      { box: right, anchor: 'start' as const, x: right.left },
      { box: left, anchor: 'end' as const, x: left.right },
    ].find((option) => !boxes.some((box) => overlaps(box, option.box)));
    if (!side) continue;
    boxes.push(side.box);
    placed.push({ x: side.x, y: c.y, text: c.text, anchor: side.anchor });
  }
  return placed;
}
