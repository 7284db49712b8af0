import { AppError } from '@sigmacode/core';

/**
 * The uploaded-file ids of Dify's `files` array (`[{ type, transfer_method: 'local_file', upload_file_id }]`). As in
 * Dify, entries without `transfer_method` are dropped; a remote URL is refused (built-in apps read only uploaded
 * files), and at most 10 files go with one message.
 *
 * @example readFileRefs([{ type: 'image', transfer_method: 'local_file', upload_file_id: '72fa…' }]) // ['72fa…']
 */
export function readFileRefs(files: unknown): string[] {
  if (files === undefined || files === null) return [];
  if (!Array.isArray(files)) throw new AppError('VALIDATION_FAILED', { message: 'files must be a list' });
  const ids: string[] = [];
  for (const file of files) {
    if (!file || typeof file !== 'object') continue;
    const { transfer_method: method, upload_file_id: id } = file as Record<string, unknown>;
    if (method === undefined || method === null) continue;
    if (method !== 'local_file') {
      throw new AppError('VALIDATION_FAILED', {
        message: `transfer_method ${String(method)} is not supported here: upload the file with /files/upload and send its id as local_file.`,
      });
    }
    if (typeof id !== 'string' || !id)
      throw new AppError('VALIDATION_FAILED', { message: 'upload_file_id is required' });
    ids.push(id);
  }
  if (ids.length > 10) throw new AppError('VALIDATION_FAILED', { message: 'At most 10 files per message.' });
  return ids;
}
