/**
 * The header every generated file starts with: what made it, from which spec, and that hand edits
 * are lost. `make check-generated` regenerates and fails on any difference, so the banner is also
 * the reason a hand edit breaks CI.
 */
export function generatedBanner(source: string, commentPrefix = '//'): string {
  return [
    `${commentPrefix} GENERATED FILE - DO NOT EDIT.`,
    `${commentPrefix} Source: ${source}`,
    `${commentPrefix} Made by: make generate (scripts/generate/index.ts). Edit the source and regenerate.`,
    '',
  ].join('\n');
}
