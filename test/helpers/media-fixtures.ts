import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { ZipFile } from 'yazl';

/** A small solid-colour image in `format`, through sharp. */
export function solidImage(format: 'png' | 'jpeg' | 'webp' | 'gif', width = 64, height = 48, alpha = false): Promise<Buffer> {
  const img = sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 200, g: 40, b: 40, alpha: 0.5 } : '#c83228' } });
  return img[format]().toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A well-formed black PNG of width x height, 1 bit per pixel: 20000x10000 (200 megapixels)
 * deflates to about 24 KB. Written by hand because sharp takes seconds to encode that many
 * pixels; sharp reads it back as the size it declares (the test checks).
 */
export function hugePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // filter byte 0 + zero bits per row
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * One entry of a test archive; `mode` is the unix mode yazl writes into the external
 * attributes. yazl refuses unsafe names and cannot encrypt, so `unsafeName`, `encrypted`
 * and `declaredSize` are patched into the finished archive's headers.
 */
export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  mode?: number;
  compress?: boolean;
  /** A name yazl would refuse ("../evil.png"); it replaces `name`, which must have the same length. */
  unsafeName?: string;
  /** Sets the traditional-encryption flag in both headers. */
  encrypted?: boolean;
  /** The uncompressed size the central directory claims. */
  declaredSize?: number;
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;

/** A ZIP built with yazl from the entries, in order, with the patches they ask for. */
export async function buildZip(entries: ZipEntrySpec[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries) {
    if (e.name.endsWith('/')) {
      zip.addEmptyDirectory(e.name, { mtime: new Date(2026, 0, 1) });
      continue;
    }
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    zip.addBuffer(data, e.name, { mode: e.mode, compress: e.compress ?? true, mtime: new Date(2026, 0, 1) });
  }
  zip.end();
  const out: Buffer = await new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (b: Buffer) => parts.push(b));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
  });
  for (const e of entries) {
    if (e.unsafeName === undefined && !e.encrypted && e.declaredSize === undefined) continue;
    const name = Buffer.from(e.name, 'utf8');
    for (let at = out.indexOf(name); at !== -1; at = out.indexOf(name, at + 1)) {
      if (at >= 30 && out.readUInt32LE(at - 30) === LOCAL_SIG) {
        if (e.encrypted) out[at - 30 + 6] |= 1;
      } else if (at >= 46 && out.readUInt32LE(at - 46) === CENTRAL_SIG) {
        if (e.encrypted) out[at - 46 + 8] |= 1;
        if (e.declaredSize !== undefined) out.writeUInt32LE(e.declaredSize, at - 46 + 24);
      } else continue;
      if (e.unsafeName !== undefined) {
        if (Buffer.byteLength(e.unsafeName) !== name.length) throw new Error('unsafeName must have the length of name');
        out.write(e.unsafeName, at, 'utf8');
      }
    }
  }
  return out;
}
