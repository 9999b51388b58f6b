const SPACE = /\s/;

/** Whether one UTF-16 unit is `\s`: ASCII decided by its code, anything else (rare) by the regex itself. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}
