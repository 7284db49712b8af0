// Preloaded into the Portkey gateway process by bench/gateway (`node --import`), nothing else.
//
// Portkey 1.15.2 under Node answers every streamed chat completion with 500 "Something went wrong"
// (`TypeError: immutable` in ResponseService.updateHeaders): it wraps the upstream's fetch Response in
// @hono/node-server's lightweight Response, which keeps the fetch Response's immutable Headers, then appends its
// x-portkey-* headers to them (Portkey-AI/gateway issues #1389 and #1550; the fix proposed in PR #1551 copies the
// response first). This shim does that copy one step earlier: a streamed fetch Response gets mutable headers. It costs
// one small object per streamed upstream call — what the fix would cost; JSON answers are left exactly as they were.
const NativeResponse = globalThis.Response;
const nativeFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const response = await nativeFetch(input, init);
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) return response;
  return new NativeResponse(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: new Headers(response.headers),
  });
};
