/**
 * gitleaks' curl rules: credentials on a curl command line (`-H "Authorization: …"`, `-u user:pass`),
 * on the command's own line or up to five continuation lines below it.
 *
 * @internal
 * @module
 */
import type { Detector } from '../../../types.ts';
import { customSecret } from '../build.ts';
import { isPlaceholder } from '../../../placeholder.ts';

/** `curl`, then the rest of its line and at most five more lines, then a space before the option. */
const CURL = '(?i)\\bcurl\\b[^\\r\\n]*(?:\\r?\\n[^\\r\\n]*){0,5}?[ \\t]';
const HEADER = '(?:-H|--header)(?:=|[ \\t]{0,5})';
const VALUE = '([\\w=~@.+/\\-]{8,1000})';
const WEAK = ['password', 'pass', 'passwd', 'pwd', 'test', 'token', 'changeme', 'changeit', 'secret'];

/**
 * Whether a piece of a credential is a variable, template or slot rather than a value. A piece
 * wholly in braces is a slot only when a name is inside (`{user}`, `{API_TOKEN}`, `{{password2}}`):
 * some tools' docs brace real values too (`"{a3f1…}":"{Zq5…}"`), and a generated value has digits
 * among its letters, which a name does not.
 */
function isReference(s: string): boolean {
  if (s.includes('$') || s.includes('<') || s.includes('[') || s.includes('(')) return true;
  if (!s.includes('{')) return false;
  let from = 0;
  let to = s.length;
  while (from < 2 && s[from] === '{') from++;
  while (s.length - to < 2 && to > from && s[to - 1] === '}') to--;
  const inner = s.slice(from, to);
  return (from === 0 && to === s.length) || inner.includes('{') || inner.includes('}') || isName(inner);
}

/** Letters, `_`, `-`, `.` or spaces, then optionally digits: a name, not a generated value. */
function isName(s: string): boolean {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (!((c >= 0x61 && c <= 0x7a) || s[i] === '_' || s[i] === '-' || s[i] === '.' || s[i] === ' ')) break;
  }
  if (i === 0) return false;
  for (; i < s.length; i++) if (!(s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39)) return false;
  return true;
}

function allSame(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s[i] !== s[0]) return false;
  return true;
}

/**
 * Whether a password is a well-known stand-in rather than a real one: a word such as `password` or
 * `changeme`, one character repeated, or a placeholder.
 *
 * @param pass - the password
 * @returns `true` for a stand-in
 * @internal
 *
 * @example
 * ```ts
 * _isStandInPassword('changeme'); //=> true
 * _isStandInPassword('Kv8#pQ2z'); //=> false
 * ```
 */
export function _isStandInPassword(pass: string): boolean {
  return WEAK.includes(pass.toLowerCase()) || allSame(pass) || isPlaceholder(pass);
}

function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}

/**
 * `user:password` as curl's `-u` takes it: at least three characters on one side of the colon, no
 * shell variables or template slots, and a password that is not a well-known stand-in.
 */
function userPassword(value: string): false | undefined {
  const colon = value.indexOf(':');
  if (colon < 0) return false;
  let user = value.slice(0, colon);
  let pass = value.slice(colon + 1);
  if (user.endsWith('"') || user.endsWith("'")) {
    user = unquote(user);
    pass = unquote(pass);
  }
  user = unquote(user);
  pass = unquote(pass);
  if (user.length < 3 && pass.length < 3) return false;
  if (isReference(user) || isReference(pass)) return false;
  if (pass.length > 0 && _isStandInPassword(pass)) return false;
  return undefined;
}

/** Detectors for credentials on curl command lines. @internal */
// @__NO_SIDE_EFFECTS__
export function secretsCurl(): Detector[] {
  return [
    customSecret({
      id: 'curl-auth-header', type: 'CURL_AUTH_HEADER', description: 'Credential in a curl -H "Authorization: …" or API-key header',
      patterns: [
        // Basic credentials are base64, nothing else.
        `${CURL}${HEADER}["']authorization:[ \\t]{0,5}basic[ \\t]+([a-z0-9+/]{8,1000}={0,3})["']`,
        `${CURL}${HEADER}["'](?:authorization:[ \\t]{0,5}(?:(?:bearer|(?:api-)?token)[ \\t]+)?|(?:x-(?:[a-z]+-)?)?(?:api-?)?(?:key|token):[ \\t]{0,5})${VALUE}["']`,
      ],
      group: 1, keywords: ['curl'], minEntropy: 2.75,
      positives: [
        { text: 'curl -H "Authorization: Bearer 9fK2mQ7vR4xT1pLz8WcN" https://api.internal/v1', value: '9fK2mQ7vR4xT1pLz8WcN' },
        { text: "curl -X POST \\\n  -H 'Content-Type: application/json' \\\n  -H 'X-Api-Key: c81e728d9d4c2f636f067f89cc14862c' https://api.internal", value: 'c81e728d9d4c2f636f067f89cc14862c' },
        { text: 'curl --header "Authorization: Basic dXNlcjpxN1J6Mm1WeDk=" https://api.internal', value: 'dXNlcjpxN1J6Mm1WeDk=' },
      ],
      negatives: [
        'curl -H "Authorization: Bearer $ACCESS_TOKEN" https://api.internal',
        'curl -H "Authorization: Bearer <your token>" https://api.internal',
        'curl -H "Authorization: Basic eyJ0eXAi.eyJzdWIi.c2lnbmF0dXJl" https://api.internal',
        'wget --header "Authorization: Bearer 9fK2mQ7vR4xT1pLz8WcN" https://api.internal',
      ],
    }),
    customSecret({
      id: 'curl-auth-user', type: 'CURL_AUTH_USER', description: 'user:password given to curl -u / --user',
      patterns: [
        `${CURL}(?:-u|--user)(?:=|[ \\t]{1,5})"([^"\\r\\n]{1,200})"`,
        `${CURL}(?:-u|--user)(?:=|[ \\t]{1,5})'([^'\\r\\n]{1,200})'`,
        `${CURL}(?:-u|--user)(?:=|[ \\t]{1,5})("[^"\\r\\n]{3,100}":"[^"\\r\\n]{3,100}")`,
        `${CURL}(?:-u|--user)(?:=|[ \\t]{1,5})([\\w@.\\-]{1,100}:(?:'[^'\\r\\n]{3,100}'|"[^"\\r\\n]{3,100}"|[^\\s'"]{3,100}))`,
      ],
      group: 1, keywords: ['curl'], minEntropy: 2, validators: [userPassword],
      positives: [
        { text: 'curl -u deploy:Tq8#vLz2Wm https://registry.internal/v2/', value: 'deploy:Tq8#vLz2Wm' },
        { text: "curl -s --user 'ci-bot:R7x!pQ2zK9' https://api.internal", value: 'ci-bot:R7x!pQ2zK9' },
        { text: 'curl --user "{5d0b7e21-9c4a-4f3e-b812-6a90c3d1e7f4}":"{Hx7pR2mQ9vLk4T}" https://api.internal', value: '"{5d0b7e21-9c4a-4f3e-b812-6a90c3d1e7f4}":"{Hx7pR2mQ9vLk4T}"' },
      ],
      negatives: ['curl -u "$USER:$PASS" https://api.internal', 'curl -u admin:password https://api.internal', 'curl -u <user>:<pass> https://x', 'curl -u "user" https://api.internal', 'curl --user "{client_id}":"{clientSecret}" https://api.internal', 'curl -u "{{user}}:{{password2}}" https://api.internal'],
    }),
  ];
}
