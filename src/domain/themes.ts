/**
 * Themes are free tags. Two themes are the same theme when they are equal after trimming, lower-casing
 * and collapsing inner white space ("Digital  Skills " = "digital skills"); every comparison of needs,
 * assets and partnership themes goes through this one function (docs/needs-and-assets.md).
 */
export function themeKey(theme: string): string {
  return theme.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Whether `theme` is among `themes`, compared as above. */
export function hasTheme(themes: readonly string[], theme: string): boolean {
  const key = themeKey(theme);
  return themes.some((t) => themeKey(t) === key);
}
