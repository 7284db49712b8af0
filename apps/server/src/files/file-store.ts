import { randomUUID } from 'node:crypto';
import { AppError } from '@sigmacode/core';
import { type Db, schema } from '@sigmacode/db';
import { and, eq, inArray } from 'drizzle-orm';
import { extensionOf, FILE_RULES, type FileKind } from './file-kinds.js';

/** Whose a file is: only the same organization, app and end user may use it. */
export interface FileOwner {
  organizationId: string;
  appId: string;
  endUser: string;
}

/** A stored file's description (Dify's upload answer). */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
  extension: string;
  mimeType: string;
  createdAt: Date;
}

/** A file with its content, to attach to a message. */
export interface LoadedFile extends StoredFile {
  kind: FileKind;
  /** The type to serve it as and give it to the model as, from its extension. */
  safeMimeType: string;
  content: Uint8Array;
}

/**
 * Checks and stores an uploaded file. Dify's rules and codes: a name is required (400), the type must be known and
 * given (415 `unsupported_file_type`), and the size within the kind's limit (413 `file_too_large`).
 *
 * @example const stored = await saveUploadedFile({ db, owner, name: 'notes.txt', mimeType: 'text/plain', content })
 */
export async function saveUploadedFile({
  db,
  owner,
  name,
  mimeType,
  content,
}: {
  db: Db;
  owner: FileOwner;
  name: string;
  mimeType: string;
  content: Uint8Array;
}): Promise<StoredFile> {
  const trimmed = name.trim().slice(0, 255);
  if (!trimmed) {
    throw new AppError('BAD_REQUEST', { message: 'The file has no name.', difyCode: 'filename_not_exists_error' });
  }
  const extension = extensionOf(trimmed);
  const rule = FILE_RULES[extension];
  if (!rule || !mimeType) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      message: `File type not allowed: use ${Object.keys(FILE_RULES).join(', ')}.`,
    });
  }
  if (content.byteLength > rule.maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      message: `File size exceeded. ${content.byteLength} > ${rule.maxBytes} bytes.`,
    });
  }
  const [row] = await db
    .insert(schema.uploadedFiles)
    .values({
      id: randomUUID(),
      ...owner,
      name: trimmed,
      size: content.byteLength,
      extension,
      mimeType: mimeType.slice(0, 100),
      content,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', { message: 'The file could not be stored.' });
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    extension: row.extension,
    mimeType: row.mimeType,
    createdAt: row.createdAt,
  };
}

/**
 * The owner's files with these ids, with their content. An id that is unknown or someone else's is NOT_FOUND (Dify:
 * "File not found"), exactly alike.
 *
 * @example const files = await loadUploadedFiles({ db, owner, ids: ['72fa…'] })
 */
export async function loadUploadedFiles({
  db,
  owner,
  ids,
}: {
  db: Db;
  owner: FileOwner;
  ids: readonly string[];
}): Promise<LoadedFile[]> {
  if (ids.length === 0) return [];
  const table = schema.uploadedFiles;
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const wanted = [...new Set(ids)];
  const rows = wanted.every((id) => uuid.test(id))
    ? await db
        .select()
        .from(table)
        .where(
          and(
            inArray(table.id, wanted),
            eq(table.organizationId, owner.organizationId),
            eq(table.appId, owner.appId),
            eq(table.endUser, owner.endUser),
          ),
        )
    : [];
  if (rows.length !== wanted.length) {
    throw new AppError('NOT_FOUND', { message: 'File not found.', difyCode: 'file_not_found' });
  }
  return wanted.map((id) => {
    const row = rows.find((candidate) => candidate.id === id) as (typeof rows)[number];
    const rule = FILE_RULES[row.extension];
    return {
      id: row.id,
      name: row.name,
      size: row.size,
      extension: row.extension,
      mimeType: row.mimeType,
      createdAt: row.createdAt,
      kind: rule?.kind ?? 'document',
      safeMimeType: rule?.mimeType ?? 'application/octet-stream',
      content: new Uint8Array(row.content),
    };
  });
}
