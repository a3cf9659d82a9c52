/**
 * Bytes of a graph file → text, refusing what would be misread: invalid UTF-8 (instead of silent
 * U+FFFD), UTF-16, NUL bytes, and a byte-order mark anywhere but at the very start. Each refusal
 * is an InputFormatError naming the byte offset (0-based) and the line (1-based).
 * Reference: RFC 3629 (UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
import { isUtf8 } from 'node:buffer';
import { InputFormatError } from '../../errors.js';

/** Decode a file's bytes as strict UTF-8; a UTF-8 byte-order mark at offset 0 is dropped. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    throw new InputFormatError(
      file,
      1,
      `the file is UTF-16 (byte-order mark ${hex(buf[0])} ${hex(buf[1])} at byte offset 0); save it as UTF-8`,
    );
  }
  if (!isUtf8(buf)) {
    const at = firstInvalidUtf8(buf);
    throw new InputFormatError(
      file,
      lineAtByte(buf, at),
      `invalid UTF-8 at byte offset ${at} (byte ${hex(buf[at]!)}); save the file as UTF-8`,
    );
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new InputFormatError(file, lineAtByte(buf, nul), `NUL byte at byte offset ${nul} (a binary or UTF-16 file?)`);
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const bom = buf.indexOf('\ufeff', start, 'utf8');
  if (bom >= 0)
    throw new InputFormatError(
      file,
      lineAtByte(buf, bom),
      `byte-order mark U+FEFF at byte offset ${bom}: allowed only at the start of the file (were two files joined?)`,
    );
  return buf.toString('utf8', start);
}

/** 1-based line of byte offset `at`: one more than the line feeds before it. */
export function lineAtByte(buf: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (buf[i] === 10) line++;
  return line;
}

/** Offset where the first invalid UTF-8 sequence starts (RFC 3629 §4 syntax), or -1 when all is valid. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}
