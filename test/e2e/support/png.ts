/** A minimal PNG reader for pdftoppm's output (8-bit grey or RGB, not interlaced): enough to find blank regions. */
import { inflateSync } from 'node:zlib';

export interface GreyImage {
  width: number;
  height: number;
  /** Brightness 0 (black) … 255 (white), row by row. */
  pixels: Uint8Array;
}

export function readPng(file: Buffer): GreyImage {
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (pos < file.length) {
    const length = file.readUInt32BE(pos);
    const type = file.toString('latin1', pos + 4, pos + 8);
    const data = file.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNG');
      colorType = data[9]!;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + length;
  }
  const channels = colorType === 0 ? 1 : colorType === 2 ? 3 : 0;
  if (!channels) throw new Error(`PNG colour type ${colorType} not supported`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter] ?? 0;
      out[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (channels === 1) return { width, height, pixels: out };
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = Math.round((out[i * 3]! + out[i * 3 + 1]! + out[i * 3 + 2]!) / 3);
  return { width, height, pixels: grey };
}

/** Share of pixels darker than near-white in a rectangle (pixel coordinates). */
export function inkShare(img: GreyImage, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  let all = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++)
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(img.width, Math.ceil(x1)); x++) {
      all++;
      if (img.pixels[y * img.width + x]! < 230) ink++;
    }
  return all === 0 ? 0 : ink / all;
}
