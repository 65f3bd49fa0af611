import sharp from 'sharp';
import type { ChartSize } from './campaign-chart';

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Renders an SVG drawing to a PNG of exactly `size` pixels, on the server (sharp's
 * librsvg; text uses the fonts installed on the host, DejaVu Sans where present).
 */
export async function svgToPng(svg: string, size: ChartSize): Promise<Buffer> {
  return sharp(Buffer.from(svg, 'utf8')).resize(size.width, size.height, { fit: 'fill' }).png({ compressionLevel: 9 }).toBuffer();
}

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(png: Buffer): ChartSize | undefined {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
