/**
 * The `/v1/embeddings` body for `inputs`: deterministic unit vectors derived from each text (the same text always
 * gets the same vector), as numbers or as base64 little-endian float32 when asked (the openai SDK's default).
 *
 * @example
 * renderEmbeddings({ model: 'fake-embed', inputs: ['a', 'b'], dimensions: 8, encodingFormat: 'float' })
 */
export function renderEmbeddings({
  model,
  inputs,
  dimensions,
  encodingFormat,
}: {
  model: string;
  inputs: string[];
  dimensions: number;
  encodingFormat: 'float' | 'base64';
}): object {
  const data = inputs.map((text, index) => {
    const vector = vectorOf({ text, dimensions });
    return { object: 'embedding', index, embedding: encodingFormat === 'base64' ? toBase64(vector) : vector };
  });
  const tokens = inputs.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  return { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

/** FNV-1a of the text seeds a small xorshift generator; the vector is normalized to length 1. */
function vectorOf({ text, dimensions }: { text: string; dimensions: number }): number[] {
  let seed = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) seed = Math.imul(seed ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const values: number[] = [];
  for (let i = 0; i < dimensions; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    values.push(seed / 0xffffffff - 0.5);
  }
  const norm = Math.hypot(...values) || 1;
  // Rounded to float32 so the numbers and the base64 form of one text are the same values.
  return values.map((value) => Math.fround(value / norm));
}

function toBase64(vector: number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  for (let i = 0; i < vector.length; i++) bytes.writeFloatLE(vector[i] ?? 0, i * 4);
  return bytes.toString('base64');
}
