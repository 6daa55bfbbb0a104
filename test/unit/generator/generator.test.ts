import { Sector } from '../../../src/domain/enums';
import { generateNetwork } from '../../../src/generator/generator';
import { validateDocument } from '../../../src/network-document/validation';

function partnerEdges(document: ReturnType<typeof generateNetwork>): number {
  const pairs = new Set<string>();
  for (const p of document.partnerships) {
    const ids = p.members.map((m) => m.stakeholder).sort();
    for (let i = 0; i < ids.length; i += 1)
      for (let j = i + 1; j < ids.length; j += 1) pairs.add(`${ids[i]}|${ids[j]}`);
  }
  return pairs.size;
}

describe('generateNetwork', () => {
  it('gives the same document for the same seed and a different one for another seed', () => {
    const options = { communities: 3, stakeholdersPerCommunity: 40, seed: 7 };
    expect(generateNetwork(options)).toEqual(generateNetwork(options));
    expect(generateNetwork({ ...options, seed: 8 })).not.toEqual(generateNetwork(options));
  });

  it('produces a valid document whose references all resolve', () => {
    const result = validateDocument(
      generateNetwork({ communities: 4, stakeholdersPerCommunity: 60, seed: 1 }),
    );
    expect(result.problems).toEqual([]);
    expect(result.document).not.toBeNull();
  });

  it('sizes a 2,000-stakeholder community at about 10,000 memberships and partner-graph edges', () => {
    const document = generateNetwork({ communities: 1, stakeholdersPerCommunity: 2_000, seed: 3 });
    const memberships = document.partnerships.reduce((n, p) => n + p.members.length, 0);
    expect(memberships).toBeGreaterThan(9_000);
    expect(memberships).toBeLessThan(11_000);
    expect(partnerEdges(document)).toBeGreaterThan(8_000);
    expect(partnerEdges(document)).toBeLessThan(15_000);
  });

  it('has every sector, multi-party partnerships, and planned, running and ended partnerships', () => {
    const document = generateNetwork({ communities: 2, stakeholdersPerCommunity: 300, seed: 5 });
    expect(new Set(document.stakeholders.map((s) => s.sector))).toEqual(new Set(Object.values(Sector)));
    expect(document.partnerships.some((p) => p.members.length >= 4)).toBe(true);
    expect(document.partnerships.some((p) => (p.startedOn ?? '') > '2026-12-31')).toBe(true);
    expect(document.partnerships.some((p) => p.endedOn && p.endedOn < '2024-01-01')).toBe(true);
    expect(document.partnerships.some((p) => !p.endedOn)).toBe(true);
    expect(new Set(document.partnerships.map((p) => p.kind)).size).toBe(6);
  });

  it('ties sectors to themselves more often than random mixing would (homophily)', () => {
    const document = generateNetwork({ communities: 1, stakeholdersPerCommunity: 1_000, seed: 9 });
    const sectorOf = new Map(document.stakeholders.map((s) => [s.id, s.sector]));
    let same = 0;
    let all = 0;
    for (const p of document.partnerships) {
      const sectors = p.members.map((m) => sectorOf.get(m.stakeholder));
      for (let i = 0; i < sectors.length; i += 1)
        for (let j = i + 1; j < sectors.length; j += 1) {
          all += 1;
          if (sectors[i] === sectors[j]) same += 1;
        }
    }
    const shares = [...sectorOf.values()].reduce(
      (m, s) => m.set(s, (m.get(s) ?? 0) + 1 / sectorOf.size),
      new Map<Sector, number>(),
    );
    const random = [...shares.values()].reduce((sum, share) => sum + share * share, 0);
    expect(same / all).toBeGreaterThan(1.5 * random);
  });
});
