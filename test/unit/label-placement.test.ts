import { placeLabels } from '../../web/src/network/label-placement';

describe('labels of the printed partner network', () => {
  it('go right of their node when nothing is in the way', () => {
    expect(placeLabels([{ x: 100, y: 50, radius: 6, text: 'Library' }])).toEqual([
      { x: 108, y: 50, text: 'Library', anchor: 'start' },
    ]);
  });

  it('go left of their node when the right side would cover a label placed before', () => {
    // "Cooperative Bank" (16 chars × 5.2 = 83.2 px) runs from 108 to 191.2 around y 50. A node at x 60
    // on nearly the same line would print "Iron Works" (52 px) from 68 to 120, over it; its left side
    // (0 to 52) is free, so it ends at 52.
    const placed = placeLabels([
      { x: 100, y: 50, radius: 6, text: 'Cooperative Bank' },
      { x: 60, y: 52, radius: 6, text: 'Iron Works' },
    ]);
    expect(placed[1]).toEqual({ x: 52, y: 52, text: 'Iron Works', anchor: 'end' });
  });

  it('leave a label out when both sides are taken, and keep labels on other lines', () => {
    const placed = placeLabels([
      { x: 100, y: 50, radius: 6, text: 'Cooperative Bank' },
      { x: 40, y: 50, radius: 4, text: 'Heritage Museum' },
      { x: 95, y: 51, radius: 4, text: 'Mutual Insurance' },
      { x: 95, y: 80, radius: 4, text: 'Athletics Club' },
    ]);
    expect(placed.map((p) => p.text)).toEqual(['Cooperative Bank', 'Heritage Museum', 'Athletics Club']);
  });
});
