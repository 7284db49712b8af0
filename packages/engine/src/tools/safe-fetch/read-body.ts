import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/**
 * Reads a response body as text, decompressing gzip/deflate/br and stopping after `maxBytes` decoded bytes (so
 * neither a huge body nor a decompression bomb fills memory). Decodes with the charset of the content type, UTF-8
 * when it has none or an unknown one.
 *
 * @example
 * const { text, truncated } = await readBody({ response, maxBytes: 1_000_000 })
 */
export async function readBody({
  response,
  maxBytes,
}: {
  response: IncomingMessage;
  maxBytes: number;
}): Promise<{ text: string; truncated: boolean }> {
  const source = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  try {
    for await (const chunk of source) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      const room = maxBytes - size;
      if (buffer.length > room) {
        chunks.push(buffer.subarray(0, room));
        size += room;
        truncated = true;
        break;
      }
      chunks.push(buffer);
      size += buffer.length;
    }
  } finally {
    if (source !== response) source.destroy();
    response.destroy();
  }
  return { text: decoder(response.headers['content-type']).decode(Buffer.concat(chunks, size)), truncated };
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decompress =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decompress) return response;
  response.on('error', (error) => decompress.destroy(error));
  return response.pipe(decompress);
}

function decoder(contentType: string | undefined): TextDecoder {
  const charset = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}
