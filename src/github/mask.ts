/**
 * The runner masks registered secrets in the log and the step summary it uploads, but not in
 * what the action sends to the API itself (check-run output, review comments) or writes to files
 * (findings, SARIF). An API error may echo the token back ("Bad credentials: ghs_…"); every text
 * built from such errors passes through this before it leaves the process.
 */
export type Mask = (text: string) => string;

/** The token, and the encodings it travels in (HTTP basic auth as actions/checkout sends it). */
function forms(secret: string): string[] {
  return [secret, Buffer.from(secret).toString('base64'), Buffer.from(`x-access-token:${secret}`).toString('base64')];
}

export function secretMask(secrets: readonly string[]): Mask {
  // Too short a "secret" would blank ordinary words; GitHub tokens are 40+ characters.
  const needles = [...new Set(secrets.filter((s) => s.length >= 8).flatMap(forms))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return (text) => text;
  return (text) => needles.reduce((out, needle) => out.split(needle).join('***'), text);
}
