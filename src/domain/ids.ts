import { randomUUID } from 'node:crypto';

/** Every entity id: 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit. */
export const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * An id for an entity created without one: a readable slug of its name plus six random hex digits
 * ("escola-basica-de-sines-3f9a1c"), so ids stay recognisable in exports and logs yet never collide
 * in practice. Names without a Latin letter or digit fall back to the entity's kind ("stakeholder-…").
 */
export function generateId(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug === '' ? fallback : slug}-${randomUUID().replace(/-/g, '').slice(0, 6)}`;
}
