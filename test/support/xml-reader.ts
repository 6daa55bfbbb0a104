import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * An XML reader independent of the writers (fast-xml-parser, not xmlbuilder2): it refuses text that is
 * not well-formed XML 1.0 and gives elements as objects, attributes prefixed '@', repeated elements
 * always as arrays.
 */
const REPEATED = new Set(['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue', 'spell']);

export type XmlElement = { [name: string]: XmlElement[] | XmlElement | string | number | undefined } & {
  '#text'?: string;
};

export function readXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name),
  }).parse(xml) as XmlElement;
}

/** The child elements of that name (none: []). */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlElement[];
}

export function child(element: XmlElement | undefined, name: string): XmlElement {
  const [first] = children(element, name);
  if (!first) throw new Error(`no <${name}> element`);
  return first;
}

export const attr = (element: XmlElement, name: string): string | undefined =>
  element[`@${name}`] as string | undefined;
