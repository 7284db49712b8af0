import { AppError } from '@sigmacode/core';
import { Hono } from 'hono';
import { loadUploadedFiles, saveUploadedFile } from '../files/file-store.js';
import type { AppEnv } from '../http/app-env.js';
import type { PipelineDeps } from '../pipeline/pipeline-deps.js';
import { appKeyCaller, difyOwner } from './app-key-caller.js';

/**
 * Dify's `POST /files/upload` (multipart: exactly one `file`, and `user`; 201 with the file's description) and
 * `GET /files/:file_id/preview` (the file itself, for its end user only), for built-in apps. Files are attached to a
 * message with `files: [{ type, transfer_method: 'local_file', upload_file_id }]`.
 *
 * @example app.route('/api/dify/v1', difyFileRoutes({ deps }))
 */
export function difyFileRoutes({ deps }: { deps: Pick<PipelineDeps, 'db'> }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/files/upload', async (c) => {
    const caller = await appKeyCaller(c, deps);
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      throw new AppError('BAD_REQUEST', { message: 'No file uploaded.', difyCode: 'no_file_uploaded' });
    }
    const field = form.file;
    const files = (Array.isArray(field) ? field : field === undefined ? [] : [field]).filter(
      (value): value is File => typeof value !== 'string',
    );
    if (files.length === 0)
      throw new AppError('BAD_REQUEST', { message: 'No file uploaded.', difyCode: 'no_file_uploaded' });
    if (files.length > 1)
      throw new AppError('BAD_REQUEST', { message: 'Only one file is allowed.', difyCode: 'too_many_files' });
    const file = files[0] as File;
    const user = typeof form.user === 'string' && form.user.trim() ? form.user.trim() : undefined;
    const owner = difyOwner(caller, user);
    const stored = await saveUploadedFile({
      db: deps.db,
      owner,
      name: file.name,
      mimeType: file.type,
      content: new Uint8Array(await file.arrayBuffer()),
    });
    return c.json(
      {
        id: stored.id,
        name: stored.name,
        size: stored.size,
        extension: stored.extension,
        mime_type: stored.mimeType,
        created_by: owner.endUser,
        created_at: Math.floor(stored.createdAt.getTime() / 1000),
        preview_url: null,
        source_url: null,
        original_url: null,
        user_id: null,
        tenant_id: owner.organizationId,
        conversation_id: null,
        file_key: stored.id,
      },
      201,
    );
  });

  app.get('/files/:file_id/preview', async (c) => {
    const caller = await appKeyCaller(c, deps);
    const [file] = await loadUploadedFiles({
      db: deps.db,
      owner: difyOwner(caller, c.req.query('user') || undefined),
      ids: [c.req.param('file_id')],
    });
    if (!file) throw new AppError('NOT_FOUND', { message: 'File not found.', difyCode: 'file_not_found' });
    const attachment = c.req.query('as_attachment') === 'true';
    return new Response(file.content, {
      headers: {
        'Content-Type': file.safeMimeType,
        'Content-Length': String(file.size),
        'Cache-Control': 'private, max-age=3600',
        'X-Content-Type-Options': 'nosniff',
        ...(attachment
          ? { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}` }
          : {}),
      },
    });
  });

  return app;
}
