import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** File helpers of the schema cache: hashing, reading without throwing, atomic writes. */

/** The SHA-256 of `bytes`, as 64 hex digits. */
export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's bytes, or undefined if it cannot be read. */
export function tryRead(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes via a temporary file in the same folder and a rename, so a concurrent reader (another jest worker, another
 * process) sees the old file or the whole new one, never a partial file. Creates the folder. Throws on failure.
 */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** {@link writeFileAtomic}, best effort: a read-only cache folder only costs speed. */
export function tryWriteFileAtomic(file: string, data: string | Buffer): void {
  try {
    writeFileAtomic(file, data);
  } catch {
    // The caller keeps working from memory.
  }
}
