import { toBipartiteGexf, toGexf } from '../../../src/formats/gexf';
import { toBipartiteGraphML, toGraphML } from '../../../src/formats/graphml';
import { mergeSpells } from '../../../src/formats/graph-model';
import { NETWORK_FORMAT, type NetworkDocument } from '../../../src/network-document/network-document';
import { attr, child, children, readXml, type XmlElement } from '../../support/xml-reader';

/**
 * Hand-checkable: community c1 (school s1, bank s2, club s3) and c2 (council s4), one region.
 *   p1 PROJECT     2020-01-01..2021-12-31  s1 LEAD, s2 PARTNER
 *   p2 PROJECT     2021-06-01..2023-06-30  s1, s2, s3 PARTNER
 *   p3 SPONSORSHIP no dates                s2 FUNDER, s3 PARTNER     (charitable)
 *   p4 PROJECT     2024-01-01..            s3 PARTNER, s4 PARTNER
 * Partner pairs: s1–s2 {p1,p2} weight 2, substantive 2, spells [2020-01-01, 2023-06-30] (p1 ∪ p2 overlap)
 *                s1–s3 {p2}    weight 1, substantive 1, spell  [2021-06-01, 2023-06-30]
 *                s2–s3 {p2,p3} weight 2, substantive 1, no spell (p3 has no dates: always)
 *                s3–s4 {p4}    weight 1, substantive 1, spell  [2024-01-01, open)
 * Bipartite: 4 stakeholders + 4 partnerships = 8 nodes; 2 + 3 + 2 + 2 = 9 membership edges.
 * The bank's type holds U+0001 and the club's name U+FFFF: XML 1.0 holds neither, so each export
 * writes U+FFFD for them and counts them.
 */
const document: NetworkDocument = {
  format: NETWORK_FORMAT,
  regions: [{ id: 'r1', name: 'Alentejo', country: 'PT' }],
  communities: [
    { id: 'c1', name: 'Évora', country: 'PT', kind: 'CITY', region: 'r1' },
    { id: 'c2', name: 'Beja', country: 'PT', kind: 'TOWN', region: 'r1' },
  ],
  stakeholders: [
    { id: 's1', name: 'Escola <Secundária> & "Filhos"', sector: 'EDUCATION', community: 'c1' },
    { id: 's2', name: 'Caixa', sector: 'FINANCIAL', type: 'bank\u0001', community: 'c1' },
    { id: 's3', name: 'Clube\uFFFF', sector: 'SPORT', community: 'c1' },
    { id: 's4', name: 'Câmara', sector: 'PUBLIC', type: 'council', community: 'c2' },
  ],
  partnerships: [
    {
      id: 'p1',
      name: 'Classes',
      kind: 'PROJECT',
      startedOn: '2020-01-01',
      endedOn: '2021-12-31',
      members: [
        { stakeholder: 's1', role: 'LEAD' },
        { stakeholder: 's2', role: 'PARTNER' },
      ],
    },
    {
      id: 'p2',
      name: 'Summer school',
      kind: 'PROJECT',
      startedOn: '2021-06-01',
      endedOn: '2023-06-30',
      themes: ['sport', 'inclusion'],
      members: ['s1', 's2', 's3'].map((stakeholder) => ({ stakeholder, role: 'PARTNER' as const })),
    },
    {
      id: 'p3',
      name: 'Kit sponsorship',
      kind: 'SPONSORSHIP',
      members: [
        { stakeholder: 's2', role: 'FUNDER' },
        { stakeholder: 's3', role: 'PARTNER' },
      ],
    },
    {
      id: 'p4',
      name: 'Derby',
      kind: 'PROJECT',
      startedOn: '2024-01-01',
      members: [
        { stakeholder: 's3', role: 'PARTNER' },
        { stakeholder: 's4', role: 'PARTNER' },
      ],
    },
  ],
} as NetworkDocument;

const TODAY = '2026-12-02';

/** GraphML's rules: declared keys, data only for declared keys of the right domain, edges between nodes. */
function readGraphML(xml: string): { graph: XmlElement; data: (e: XmlElement) => Record<string, string> } {
  const root = child(readXml(xml), 'graphml');
  expect(attr(root, 'xmlns')).toBe('http://graphml.graphdrawing.org/xmlns');
  const keys = new Map(children(root, 'key').map((k) => [attr(k, 'id'), k]));
  for (const key of keys.values()) {
    expect(['node', 'edge']).toContain(attr(key, 'for'));
    expect(['string', 'int', 'double']).toContain(attr(key, 'attr.type'));
  }
  const graph = child(root, 'graph');
  expect(attr(graph, 'edgedefault')).toBe('undirected');
  const ids = new Set(children(graph, 'node').map((n) => attr(n, 'id')));
  expect(ids.size).toBe(children(graph, 'node').length);
  for (const edge of children(graph, 'edge')) {
    expect(ids.has(attr(edge, 'source'))).toBe(true);
    expect(ids.has(attr(edge, 'target'))).toBe(true);
  }
  const data = (element: XmlElement): Record<string, string> =>
    Object.fromEntries(
      children(element, 'data').map((d) => {
        const key = keys.get(attr(d, 'key'));
        expect(key).toBeDefined();
        expect(attr(key!, 'for')).toBe(attr(element, 'source') === undefined ? 'node' : 'edge');
        return [attr(d, 'key') ?? '', d['#text'] ?? ''] as const;
      }),
    );
  return { graph, data };
}

/** GEXF 1.3's rules: version and namespace, declared attributes, edges between nodes, ordered dated spells. */
function readGexf(xml: string): {
  graph: XmlElement;
  values: (e: XmlElement) => Record<string, string>;
  spells: (e: XmlElement) => [string | undefined, string | undefined][] | undefined;
} {
  const root = child(readXml(xml), 'gexf');
  expect(attr(root, 'xmlns')).toBe('http://gexf.net/1.3');
  expect(attr(root, 'version')).toBe('1.3');
  const graph = child(root, 'graph');
  const declared: Record<string, Set<string | undefined>> = Object.fromEntries(
    children(graph, 'attributes').map((a) => [
      attr(a, 'class') ?? '',
      new Set(children(a, 'attribute').map((d) => attr(d, 'id'))),
    ]),
  );
  const nodes = children(child(graph, 'nodes'), 'node');
  const edges = children(child(graph, 'edges'), 'edge');
  expect(Number(attr(child(graph, 'nodes'), 'count'))).toBe(nodes.length);
  expect(Number(attr(child(graph, 'edges'), 'count'))).toBe(edges.length);
  const ids = new Set(nodes.map((n) => attr(n, 'id')));
  for (const edge of edges) {
    expect(ids.has(attr(edge, 'source'))).toBe(true);
    expect(ids.has(attr(edge, 'target'))).toBe(true);
  }
  const values = (element: XmlElement): Record<string, string> => {
    const kind = attr(element, 'source') === undefined ? 'node' : 'edge';
    return Object.fromEntries(
      children(element.attvalues as XmlElement | undefined, 'attvalue').map((v) => {
        expect(declared[kind]?.has(attr(v, 'for'))).toBe(true);
        return [attr(v, 'for') ?? '', attr(v, 'value') ?? ''] as const;
      }),
    );
  };
  const spells = (element: XmlElement): [string | undefined, string | undefined][] | undefined => {
    if (element.spells === undefined) return undefined;
    expect(attr(graph, 'mode')).toBe('dynamic');
    return children(element.spells as XmlElement, 'spell').map((s) => {
      const [start, end] = [attr(s, 'start'), attr(s, 'end')];
      for (const date of [start, end]) if (date !== undefined) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (start !== undefined && end !== undefined) expect(start <= end).toBe(true);
      return [start, end];
    });
  };
  return { graph, values, spells };
}

const byId = (elements: XmlElement[]): Map<string, XmlElement> =>
  new Map(elements.map((e) => [attr(e, 'id') ?? `${attr(e, 'source')}|${attr(e, 'target')}`, e]));

describe('GraphML export', () => {
  it('has a node per stakeholder and a weighted edge per partner pair, read back by an independent parser', () => {
    const { xml, replaced } = toGraphML(document);
    const { graph, data } = readGraphML(xml);
    const nodes = byId(children(graph, 'node'));
    const edges = byId(children(graph, 'edge').map((e) => ({ ...e, '@id': undefined })));
    expect([...nodes.keys()]).toEqual(['s1', 's2', 's3', 's4']);
    expect(data(nodes.get('s1')!)).toMatchObject({
      label: 'Escola <Secundária> & "Filhos"',
      sector: 'EDUCATION',
      community: 'c1',
      communityName: 'Évora',
      region: 'r1',
    });
    expect([...edges].map(([pair, e]) => [pair, data(e).weight, data(e).substantiveWeight])).toEqual([
      ['s1|s2', '2', '2'],
      ['s1|s3', '1', '1'],
      ['s2|s3', '2', '1'],
      ['s3|s4', '1', '1'],
    ]);
    expect(data(nodes.get('s2')!).type).toBe('bank\uFFFD');
    expect(data(nodes.get('s3')!).label).toBe('Clube\uFFFD');
    expect(replaced).toBe(2);
  });

  it('keeps the scope communities and the partnerships active at a date', () => {
    const { graph } = readGraphML(toGraphML(document, { communities: ['c1'], asOf: '2022-01-01' }).xml);
    // Active on 2022-01-01: p2 and p3 (p1 ended 2021-12-31, p4 starts 2024); s4 is outside c1.
    expect(children(graph, 'node')).toHaveLength(3);
    expect(children(graph, 'edge').map((e) => `${attr(e, 'source')}|${attr(e, 'target')}`)).toEqual([
      's1|s2',
      's1|s3',
      's2|s3',
    ]);
  });

  it('writes the bipartite graph: stakeholders and partnerships as nodes, one edge per membership', () => {
    const { graph, data } = readGraphML(toBipartiteGraphML(document).xml);
    const nodes = children(graph, 'node');
    expect(nodes).toHaveLength(8);
    expect(nodes.filter((n) => data(n).part === 'partnership').map((n) => attr(n, 'id'))).toEqual([
      'partnership:p1',
      'partnership:p2',
      'partnership:p3',
      'partnership:p4',
    ]);
    const edges = children(graph, 'edge');
    expect(edges).toHaveLength(9);
    const p3 = edges.filter((e) => attr(e, 'target') === 'partnership:p3').map((e) => data(e));
    expect(p3).toEqual([
      { weight: '1', roles: 'FUNDER', charitable: 'true' },
      { weight: '1', roles: 'PARTNER', charitable: 'true' },
    ]);
    expect(data(byId(nodes).get('partnership:p2')!)).toEqual({
      label: 'Summer school',
      part: 'partnership',
      kind: 'PROJECT',
      startedOn: '2021-06-01',
      endedOn: '2023-06-30',
      themes: 'sport; inclusion',
    });
  });
});

describe('GEXF export', () => {
  it('is a dynamic GEXF 1.3 graph whose edges live while one of their partnerships runs', () => {
    const { xml, replaced } = toGexf(document, { today: TODAY });
    const { graph, values, spells } = readGexf(xml);
    expect(attr(graph, 'mode')).toBe('dynamic');
    expect(attr(graph, 'timeformat')).toBe('date');
    const nodes = byId(children(child(graph, 'nodes'), 'node'));
    expect([...nodes.keys()]).toEqual(['s1', 's2', 's3', 's4']);
    expect(attr(nodes.get('s1')!, 'label')).toBe('Escola <Secundária> & "Filhos"');
    expect(values(nodes.get('s4')!)).toEqual({
      sector: 'PUBLIC',
      type: 'council',
      community: 'c2',
      communityName: 'Beja',
      region: 'r1',
    });
    const edges = children(child(graph, 'edges'), 'edge').map((e) => [
      `${attr(e, 'source')}|${attr(e, 'target')}`,
      attr(e, 'weight'),
      values(e).substantiveWeight,
      spells(e),
    ]);
    expect(edges).toEqual([
      ['s1|s2', '2', '2', [['2020-01-01', '2023-06-30']]],
      ['s1|s3', '1', '1', [['2021-06-01', '2023-06-30']]],
      ['s2|s3', '2', '1', undefined],
      ['s3|s4', '1', '1', [['2024-01-01', undefined]]],
    ]);
    expect(attr(nodes.get('s3')!, 'label')).toBe('Clube\uFFFD');
    expect(replaced).toBe(2);
  });

  it('is static, without spells, for the partnerships active at a date', () => {
    const { graph, spells } = readGexf(toGexf(document, { today: TODAY, asOf: '2024-06-01' }).xml);
    expect(attr(graph, 'mode')).toBe('static');
    // Active on 2024-06-01: p3 (undated) and p4.
    const edges = children(child(graph, 'edges'), 'edge');
    expect(edges.map((e) => `${attr(e, 'source')}|${attr(e, 'target')}`)).toEqual(['s2|s3', 's3|s4']);
    expect(edges.map(spells)).toEqual([undefined, undefined]);
  });

  it('writes the bipartite graph with partnerships and memberships living from start to end', () => {
    const { graph, values, spells } = readGexf(toBipartiteGexf(document, { today: TODAY }).xml);
    const nodes = byId(children(child(graph, 'nodes'), 'node'));
    expect(nodes.size).toBe(8);
    expect(spells(nodes.get('partnership:p1')!)).toEqual([['2020-01-01', '2021-12-31']]);
    expect(spells(nodes.get('partnership:p3')!)).toBeUndefined();
    expect(spells(nodes.get('stakeholder:s1')!)).toBeUndefined();
    expect(values(nodes.get('partnership:p4')!)).toEqual({
      part: 'partnership',
      kind: 'PROJECT',
      startedOn: '2024-01-01',
    });
    const edges = children(child(graph, 'edges'), 'edge');
    expect(edges).toHaveLength(9);
    const s4 = edges.find((e) => attr(e, 'source') === 'stakeholder:s4')!;
    expect(attr(s4, 'target')).toBe('partnership:p4');
    expect(values(s4)).toEqual({ roles: 'PARTNER', charitable: 'false' });
    expect(spells(s4)).toEqual([['2024-01-01', undefined]]);
  });
});

describe('spell merging', () => {
  it('joins overlapping intervals, keeps apart disjoint ones and treats an undated one as always', () => {
    expect(
      mergeSpells([
        { start: '2022-01-01', end: '2022-12-31' },
        { start: '2020-01-01', end: '2021-06-30' },
        { start: '2021-06-30', end: '2021-08-01' },
      ]),
    ).toEqual([
      { start: '2020-01-01', end: '2021-08-01' },
      { start: '2022-01-01', end: '2022-12-31' },
    ]);
    expect(
      mergeSpells([
        { start: null, end: '2020-01-01' },
        { start: '2019-01-01', end: null },
      ]),
    ).toBeUndefined();
    expect(
      mergeSpells([
        { start: '2020-01-01', end: null },
        { start: '2021-01-01', end: '2022-01-01' },
      ]),
    ).toEqual([{ start: '2020-01-01', end: null }]);
  });
});
