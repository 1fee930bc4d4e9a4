/**
 * Saves a response body as a file the person downloads. The transcript and recording endpoints need the
 * bearer token, which a plain `<a href download>` cannot send, so the body is fetched with the generated
 * client first and handed to the browser as an object URL.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
