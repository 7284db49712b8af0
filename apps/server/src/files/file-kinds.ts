/** What the built-in engine can do with an uploaded file: show an image to the model, or read a text document. */
export type FileKind = 'image' | 'document';

interface KindRule {
  kind: FileKind;
  /** The type the file is served and given to the model as (never the uploader's claim). */
  mimeType: string;
  /** Largest file, bytes (Dify's defaults: images 10 MB, other files 15 MB). */
  maxBytes: number;
}

const MB = 1024 * 1024;
const image = (mimeType: string): KindRule => ({ kind: 'image', mimeType, maxBytes: 10 * MB });
/** Text documents are served as plain text, so an uploaded HTML or XML file can never run in a browser. */
const DOCUMENT: KindRule = { kind: 'document', mimeType: 'text/plain; charset=utf-8', maxBytes: 15 * MB };

/** Extensions the built-in engine accepts, with their kind. */
export const FILE_RULES: Readonly<Record<string, KindRule>> = {
  png: image('image/png'),
  jpg: image('image/jpeg'),
  jpeg: image('image/jpeg'),
  webp: image('image/webp'),
  gif: image('image/gif'),
  txt: DOCUMENT,
  md: DOCUMENT,
  markdown: DOCUMENT,
  csv: DOCUMENT,
  json: DOCUMENT,
  html: DOCUMENT,
  xml: DOCUMENT,
};

/**
 * The lower-case extension of a file name ('' when it has none).
 *
 * @example extensionOf('Report.PDF') // 'pdf'
 */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}
