/**
 * Better Auth puts the session token in the JSON body of sign-in and sign-up as well as in the cookie. The cookie
 * is HttpOnly so that scripts cannot read the session; a copy in the body would undo that, so it is removed.
 * Headers (Set-Cookie above all) are kept as they are.
 */
export async function stripSessionToken(response: Response): Promise<Response> {
  if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('application/json')) {
    return response;
  }
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  if (!body || typeof body !== 'object' || !('token' in body)) return response;
  const { token: _token, ...rest } = body as Record<string, unknown>;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(rest), { status: response.status, headers });
}
