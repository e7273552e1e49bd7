// A small strict-JSON parser that keeps the offset of every value, so roster problems can be
// reported at the right line and edits can touch only the text they change. On a syntax error it
// stops, reports where, and keeps every value it had finished (the tree "shows what it can").

export type JsonNode = JsonObject | JsonArray | JsonScalar;

interface NodeBase {
  readonly offset: number;
  /** Set when the node is complete; a node cut short by a syntax error keeps the length so far. */
  length: number;
}

export interface JsonProperty {
  readonly key: string;
  readonly keyOffset: number;
  readonly keyLength: number;
  readonly value: JsonNode;
}

export interface JsonObject extends NodeBase {
  readonly type: 'object';
  readonly properties: JsonProperty[];
}

export interface JsonArray extends NodeBase {
  readonly type: 'array';
  readonly items: JsonNode[];
}

export interface JsonScalar extends NodeBase {
  readonly type: 'string' | 'number' | 'boolean' | 'null';
  readonly value: string | number | boolean | null;
}

export interface JsonSyntaxError {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
}

export interface JsonParseResult {
  readonly root: JsonNode | undefined;
  readonly error: JsonSyntaxError | undefined;
}

class Stop extends Error {}

export function parseJsonTree(text: string): JsonParseResult {
  let pos = 0;
  let error: JsonSyntaxError | undefined;
  // Skip a UTF-8 byte order mark.
  if (text.charCodeAt(0) === 0xfeff) pos = 1;

  const fail = (message: string, at = pos, length = 1): never => {
    error = { message, offset: at, length: Math.max(0, Math.min(length, text.length - at)) };
    throw new Stop(message);
  };

  const skipWhitespace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else if (c === 0x2f && (text[pos + 1] === '/' || text[pos + 1] === '*')) fail('Comments are not allowed in people.json (it is plain JSON).', pos, 2);
      else break;
    }
  };

  const describe = (at: number) => (at >= text.length ? 'the end of the file' : text[at] === '"' ? 'another string' : `"${text[at]}"`);

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = '';
    while (true) {
      if (pos >= text.length) fail('Unterminated string: a closing " is missing.', start, 1);
      const ch = text[pos];
      if (ch === '"') {
        pos++;
        return out;
      }
      if (ch === '\n' || ch === '\r') fail('Unterminated string: a closing " is missing before the end of the line.', start, pos - start);
      if (ch === '\\') {
        const esc = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (esc !== undefined && esc in simple) {
          out += simple[esc];
          pos += 2;
        } else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else {
          fail('Invalid escape sequence in string.', pos, 2);
        }
        continue;
      }
      if (ch !== undefined && ch.charCodeAt(0) < 0x20) fail('Control characters must be escaped in JSON strings.', pos, 1);
      out += ch;
      pos++;
    }
  };

  /** Parses a value; `attach` receives containers as soon as they open, so partial trees survive an error. */
  const parseValue = (attach: (node: JsonNode) => void): JsonNode => {
    skipWhitespace();
    const start = pos;
    const ch = text[pos];
    if (ch === '{') return parseObject(attach);
    if (ch === '[') return parseArray(attach);
    const scalar = (node: JsonScalar) => {
      attach(node);
      return node;
    };
    if (ch === '"') {
      const value = parseString();
      return scalar({ type: 'string', offset: start, length: pos - start, value });
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (number && (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9'))) {
      pos += number[0].length;
      return scalar({ type: 'number', offset: start, length: pos - start, value: Number(number[0]) });
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return scalar({ type: value === null ? 'null' : 'boolean', offset: start, length: word.length, value });
      }
    }
    if (ch === "'") fail('Strings in JSON use double quotes (").', pos, 1);
    const word = /^[^\s,:{}[\]"]+/.exec(text.slice(pos, pos + 64));
    return fail(`Expected a value but found ${word ? `"${word[0]}"` : describe(pos)}.`, pos, word ? word[0].length : 1);
  };

  const parseObject = (attach: (node: JsonNode) => void): JsonObject => {
    const node: JsonObject = { type: 'object', offset: pos, length: 0, properties: [] };
    attach(node);
    pos++;
    const finish = () => {
      node.length = pos - node.offset;
    };
    try {
      skipWhitespace();
      if (text[pos] === '}') {
        pos++;
        finish();
        return node;
      }
      while (true) {
        skipWhitespace();
        if (text[pos] === '}') fail('Trailing comma: remove the "," before "}".', pos, 1);
        if (text[pos] !== '"') fail(`Expected a property name in double quotes but found ${describe(pos)}.`, pos, 1);
        const keyOffset = pos;
        const key = parseString();
        const keyLength = pos - keyOffset;
        skipWhitespace();
        if (text[pos] !== ':') fail(`Expected ":" after "${key}" but found ${describe(pos)}.`, pos, 1);
        pos++;
        parseValue(value => node.properties.push({ key, keyOffset, keyLength, value }));
        skipWhitespace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          finish();
          return node;
        }
        fail(pos >= text.length ? 'Unexpected end of file: a closing "}" is missing.' : `Expected "," or "}" but found ${describe(pos)} (is a comma missing on the line before?).`, pos, 1);
      }
    } finally {
      if (!node.length) finish();
    }
  };

  const parseArray = (attach: (node: JsonNode) => void): JsonArray => {
    const node: JsonArray = { type: 'array', offset: pos, length: 0, items: [] };
    attach(node);
    pos++;
    try {
      skipWhitespace();
      if (text[pos] === ']') {
        pos++;
        node.length = pos - node.offset;
        return node;
      }
      while (true) {
        skipWhitespace();
        if (text[pos] === ']') fail('Trailing comma: remove the "," before "]".', pos, 1);
        parseValue(item => node.items.push(item));
        skipWhitespace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          node.length = pos - node.offset;
          return node;
        }
        fail(pos >= text.length ? 'Unexpected end of file: a closing "]" is missing.' : `Expected "," or "]" but found ${describe(pos)} (is a comma missing on the line before?).`, pos, 1);
      }
    } finally {
      if (!node.length) node.length = pos - node.offset;
    }
  };

  let root: JsonNode | undefined;
  try {
    skipWhitespace();
    if (pos >= text.length) fail('The file is empty.', 0, 0);
    parseValue(node => {
      root = node;
    });
    skipWhitespace();
    if (pos < text.length) fail(`Unexpected ${describe(pos)} after the end of the JSON value.`, pos, 1);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return { root, error };
}

/** 0-based line and character of an offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: end - lineStart };
}

/** The plain JavaScript value of a (complete) node. */
export function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) out[p.key] = nodeValue(p.value);
      return out;
    }
    case 'array':
      return node.items.map(nodeValue);
    default:
      return node.value;
  }
}

export function property(node: JsonObject, key: string): JsonProperty | undefined {
  // The last one wins, as in JSON.parse.
  for (let i = node.properties.length - 1; i >= 0; i--) {
    const p = node.properties[i];
    if (p && p.key === key) return p;
  }
  return undefined;
}
