import { createScanner, recommended, decodeEncodedRuns } from '@airlock/core';
const b64 = (s: string) => btoa(s);
const inner = b64('contact jane.doe@example.com today');
const outer = b64('payload ' + inner + ' end');
const text = 'Some prefix text here and more: ' + outer + ' trailing';
const s = createScanner({ detectors: recommended() });
console.log(s.scan(text).map((f) => [f.type, f.start, f.end]));
console.log(decodeEncodedRuns(text).view.text);
