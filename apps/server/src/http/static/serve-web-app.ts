import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';
import { contentTypeOf } from './content-types.js';

/** Paths that belong to the APIs: never answered with the dashboard, so their 404s stay JSON. */
const API_PREFIXES = ['/api/', '/v1/', '/health', '/metrics'];

function isApiPath(path: string): boolean {
  return path === '/api' || path === '/v1' || API_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * Serves the built dashboard (apps/web/dist). Files are streamed from disk; hashed assets are cached for a year and
 * index.html never. A GET for a page that is not a file (e.g. /dashboard/agents/42) gets index.html so the SPA's
 * router can answer it. API routes are registered before this and keep precedence.
 */
export function serveWebApp({ distDir }: { distDir: string }): MiddlewareHandler {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');

  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || isApiPath(c.req.path)) return next();

    const file = await findFile(root, c.req.path);
    if (file) return sendFile({ file, method, immutable: c.req.path.startsWith('/assets/') });

    const wantsHtml = (c.req.header('accept') ?? '').includes('text/html');
    if (wantsHtml && extname(c.req.path) === '' && (await isFile(indexFile))) {
      return sendFile({ file: indexFile, method, immutable: false });
    }
    return next();
  };
}

async function findFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = resolve(root, `.${normalize(`/${decoded}`)}`);
  // Never leave the dist folder, whatever the path says.
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const target = candidate === root || decoded.endsWith('/') ? join(candidate, 'index.html') : candidate;
  return (await isFile(target)) ? target : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function sendFile({
  file,
  method,
  immutable,
}: {
  file: string;
  method: string;
  immutable: boolean;
}): Promise<Response> {
  const info = await stat(file);
  const headers = new Headers({
    'Content-Type': contentTypeOf(extname(file)),
    'Content-Length': String(info.size),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Last-Modified': info.mtime.toUTCString(),
  });
  if (method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}
