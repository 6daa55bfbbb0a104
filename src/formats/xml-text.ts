/**
 * XML 1.0 cannot hold most control characters (U+0000–U+001F except tab, line feed and carriage
 * return), the non-characters U+FFFE and U+FFFF, or a lone surrogate, not even escaped. Names refuse
 * them already (docs/formats.md), but descriptions and data imported before that rule may hold them.
 * The writers replace each with U+FFFD, the visible replacement character, and count them, so the
 * export says how many it replaced instead of dropping them silently.
 */

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const REPLACEMENT_CHARACTER = '\uFFFD';

export class XmlText {
  /** Characters replaced so far. */
  replaced = 0;

  /** The text with every character XML 1.0 forbids replaced by U+FFFD. */
  clean(text: string): string {
    return text.replace(NOT_XML, () => {
      this.replaced += 1;
      return REPLACEMENT_CHARACTER;
    });
  }
}

/** What an XML export wrote. */
export interface XmlExport {
  xml: string;
  /** Characters XML 1.0 cannot hold, written as U+FFFD. */
  replaced: number;
}
