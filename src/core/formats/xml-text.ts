const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities, numeric references and CDATA; markup stays text. */
export function decodeXmlText(text: string): string {
  const unwrapped = text.startsWith('<![CDATA[') && text.endsWith(']]>') ? text.slice(9, -3) : text;
  return unwrapped
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const point = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    })
    .trim();
}

/** The text of the first `<name>…</name>` element, decoded; `undefined` when there is none. */
export function readXmlElement(xml: string, name: string): string | undefined {
  const open = `<${name}>`;
  const start = xml.indexOf(open);
  if (start === -1) return undefined;
  const end = xml.indexOf(`</${name}>`, start + open.length);
  if (end === -1) return undefined;
  return decodeXmlText(xml.slice(start + open.length, end));
}

/**
 * `<Error><Code/>…</Error>` → a JSON-shaped body of the named fields. The shape Alibaba's RPC
 * APIs and the object stores behind every upload (OSS, COS, OBS) share.
 */
export function readXmlErrorFields<const K extends string>(xml: string, fields: readonly K[]): Partial<Record<K, string>> | undefined {
  if (xml.indexOf('<Code>') === -1) return undefined;
  const body: Partial<Record<K, string>> = {};
  for (const field of fields) {
    const value = readXmlElement(xml, field);
    if (value !== undefined) body[field] = value;
  }
  return (body as Record<string, string | undefined>).Code !== undefined ? body : undefined;
}
