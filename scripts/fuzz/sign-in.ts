/** Signs a demo user in (the demo password); returns the access token and the refresh cookie. */
export async function signIn(url: string, email: string): Promise<{ access: string; refresh?: string }> {
  const response = await fetch(`${url}/v2/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'ilenia-demo-2026' }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { access_token: string };
  const cookie = response.headers.get('set-cookie') ?? undefined;
  return { access: body.access_token, refresh: cookie };
}
