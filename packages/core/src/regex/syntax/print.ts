/**
 * The printer: {@link Ast} → pattern string.
 *
 * Contract: `parseAst(printAst(ast))` means what `ast` means. For every tree that {@link parseAst}
 * can produce, it is the same tree again (spans aside), with one exception: a repetition of a
 * repetition, which RE2 only writes as `a*(?i)*` or `a*\Q\E*`, prints as `(?:a*)*`. Trees built by
 * hand in other shapes (a concatenation inside a concatenation, an alternation as a concatenation
 * item) print with extra `(?:…)` where they need them, and still keep their meaning.
 *
 * Output is plain: metacharacters are escaped with `\`, invisible and C1 characters and lone
 * surrogates are written `\x{…}` (so that two lone surrogates never print as one pair).
 *
 * @module
 */
import type { Ast, AstClassItem, AstFlags, AstNode, AstRepetition } from './ast.ts';

/**
 * Prints a syntax tree (or one node of it) as a pattern.
 *
 * @param ast - a parsed pattern, or any node
 * @returns a pattern that parses to an equivalent tree
 *
 * @example
 * ```ts
 * import { parseAst } from './parse.ts';
 * printAst(parseAst('(?i:a|b)+?\\x{1F600}[^\\d\\-]')); //=> '(?i:a|b)+?😀[^\\d\\-]'
 * ```
 */
export function printAst(ast: Ast | AstNode): string {
  const out: string[] = [];
  printNode('root' in ast ? ast.root : ast, out);
  return out.join('');
}

function printNode(node: AstNode, out: string[]): void {
  switch (node.kind) {
    case 'empty':
      return;
    case 'literal':
      out.push(escapeChar(node.codePoint, false));
      return;
    case 'dot':
      out.push('.');
      return;
    case 'assertion':
      out.push(ASSERTIONS[node.assertion]);
      return;
    case 'perl_class':
    case 'unicode_class':
      printClassItem(node, out);
      return;
    case 'bracket_class': {
      if (node.items.length === 0) {
        // Not parser output ([] is not a class), but a tree may be built by hand: print the same
        // meaning. The empty class matches nothing, its negation everything.
        out.push(node.negated ? '[\\x00-\\x{10FFFF}]' : '[^\\x00-\\x{10FFFF}]');
        return;
      }
      out.push(node.negated ? '[^' : '[');
      for (const item of node.items) printClassItem(item, out);
      out.push(']');
      return;
    }
    case 'repetition':
      printRepetition(node, out);
      return;
    case 'group': {
      const g = node.group;
      if (g.kind === 'capture') out.push(g.name === undefined ? '(' : `(?P<${g.name}>`);
      else out.push('(?', printFlags(g.flags), ':');
      printNode(node.sub, out);
      out.push(')');
      return;
    }
    case 'set_flags':
      out.push('(?', printFlags(node.flags), ')');
      return;
    case 'concat':
      for (const sub of node.subs) {
        if (sub.kind === 'alternation') printGrouped(sub, out);
        else printNode(sub, out);
      }
      return;
    case 'alternation':
      node.subs.forEach((sub, i) => {
        if (i > 0) out.push('|');
        if (sub.kind === 'alternation') printGrouped(sub, out);
        else printNode(sub, out);
      });
      return;
  }
}

function printGrouped(node: AstNode, out: string[]): void {
  out.push('(?:');
  printNode(node, out);
  out.push(')');
}

function printRepetition(node: AstRepetition, out: string[]): void {
  const sub = node.sub;
  switch (sub.kind) {
    case 'literal':
    case 'dot':
    case 'assertion':
    case 'perl_class':
    case 'unicode_class':
    case 'bracket_class':
    case 'group':
      printNode(sub, out);
      break;
    default:
      // Not a single atom: `x**` is an error and `ab*` repeats only `b`, so group it.
      printGrouped(sub, out);
  }
  switch (node.op) {
    case 'star':
      out.push('*');
      break;
    case 'plus':
      out.push('+');
      break;
    case 'question':
      out.push('?');
      break;
    case 'counted':
      out.push(node.min === node.max ? `{${node.min}}` : node.max === -1 ? `{${node.min},}` : `{${node.min},${node.max}}`);
      break;
  }
  if (node.lazy) out.push('?');
}

function printClassItem(item: AstClassItem, out: string[]): void {
  switch (item.kind) {
    case 'literal':
      out.push(escapeChar(item.codePoint, true));
      return;
    case 'range':
      out.push(escapeChar(item.lo, true), '-', escapeChar(item.hi, true));
      return;
    case 'perl_class':
      out.push(PERL[item.name][item.negated ? 1 : 0]);
      return;
    case 'unicode_class': {
      const p = item.negated ? '\\P' : '\\p';
      const single = item.name.length === 1 || (item.name.length === 2 && item.name.codePointAt(0)! > 0xffff);
      out.push(single && item.name !== '{' && item.name !== '^' ? p + item.name : `${p}{${item.name}}`);
      return;
    }
    case 'posix_class':
      out.push(item.negated ? `[:^${item.name}:]` : `[:${item.name}:]`);
      return;
  }
}

const ASSERTIONS = {
  caret: '^',
  dollar: '$',
  start_text: '\\A',
  end_text: '\\z',
  word_boundary: '\\b',
  not_word_boundary: '\\B',
} as const;

const PERL = {
  digit: ['\\d', '\\D'],
  space: ['\\s', '\\S'],
  word: ['\\w', '\\W'],
} as const;

/** Flags in RE2's order of documentation: on-flags, then `-` and off-flags. */
function printFlags(flags: AstFlags): string {
  let on = '';
  let off = '';
  const add = (value: boolean | undefined, letter: string): void => {
    if (value === true) on += letter;
    else if (value === false) off += letter;
  };
  add(flags.caseInsensitive, 'i');
  add(flags.multiLine, 'm');
  add(flags.dotAll, 's');
  add(flags.ungreedy, 'U');
  return off === '' ? on : `${on}-${off}`;
}

/** Metacharacters outside classes: `\ . + * ? ( ) | [ ] { } ^ $`. */
const META = new Set([0x5c, 0x2e, 0x2b, 0x2a, 0x3f, 0x28, 0x29, 0x7c, 0x5b, 0x5d, 0x7b, 0x7d, 0x5e, 0x24]);
/** Characters with a meaning inside classes: `\ ] [ - ^`. `[` only matters before `:`, but escaping is simpler. */
const CLASS_META = new Set([0x5c, 0x5d, 0x5b, 0x2d, 0x5e]);

const CONTROL_ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
};

function escapeChar(c: number, inClass: boolean): string {
  if ((inClass ? CLASS_META : META).has(c)) return '\\' + String.fromCharCode(c);
  const control = CONTROL_ESCAPES[c];
  if (control !== undefined) return control;
  // Controls, DEL, C1 controls, and surrogates: a lone surrogate printed raw next to another
  // would read back as one pair.
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)) {
    return `\\x{${c.toString(16).toUpperCase()}}`;
  }
  return String.fromCodePoint(c);
}
