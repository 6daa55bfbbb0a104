import { formatDensity } from '../../web/src/heatmap';

describe('heatmap densities', () => {
  it('keep two decimals while the densest cell reaches 0.1', () => {
    expect([0.5, 0.125, 0].map((d) => formatDensity(d, 0.5))).toEqual(['0.50', '0.13', '0.00']);
  });

  it('get more decimals in large communities, where every density is small', () => {
    // 2,000 stakeholders: densest pair 0.05, a sparse pair 0.0031 → three decimals tell them apart.
    expect([0.05, 0.0031].map((d) => formatDensity(d, 0.05))).toEqual(['0.050', '0.003']);
    expect([0.004, 0.00042].map((d) => formatDensity(d, 0.004))).toEqual(['0.0040', '0.0004']);
  });
});
