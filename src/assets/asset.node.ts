import type { AssetKind } from '../domain/enums';
import { themeKey } from '../domain/themes';
import { NotFoundError } from '../errors';
import type { Asset } from './asset.type';

/** An :Asset node's properties as the runner returns them (absent properties are missing). */
export interface AssetNode {
  id: string;
  name: string;
  kind: AssetKind;
  themes?: string[] | null;
  description?: string | null;
}

export function toAsset(node: AssetNode, stakeholderId: string | null): Asset {
  return {
    id: node.id,
    name: node.name,
    kind: node.kind,
    themes: node.themes ?? [],
    description: node.description ?? null,
    stakeholderId,
  };
}

/** The normalised themes stored next to the themes, so list filters compare keys in Cypher. */
export function themeKeys(themes: readonly string[]): string[] {
  return [...new Set(themes.map(themeKey))];
}

export function assetNotFound(id: string): NotFoundError {
  return new NotFoundError(`asset '${id}' not found`, { id });
}
