/** Synthetic digit-like images for the image tests, written as small PNG files into temp folders. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { rng } from '../helpers/random.js';

export type Shape = 'one' | 'zero' | 'seven';

/** A size x size gray image (values in [0, 1], white strokes on black) of a jittered stroke shape. */
export function drawShape(shape: Shape, random: () => number, size = 28): Float64Array {
  const image = new Float64Array(size * size);
  const s = size / 28;
  const jitter = (amount: number) => (random() * 2 - 1) * amount * s;
  const thickness = (1.2 + random() * 0.8) * s;
  const plot = (x: number, y: number) => {
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        const distance = Math.hypot(px + 0.5 - x, py + 0.5 - y);
        if (distance < thickness)
          image[py * size + px] = Math.max(image[py * size + px], 1 - distance / (thickness * 1.5));
      }
    }
  };
  const line = (x0: number, y0: number, x1: number, y1: number) => {
    const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2) + 1;
    for (let i = 0; i <= steps; i++) plot(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps);
  };
  const cx = 14 * s + jitter(2);
  const cy = 14 * s + jitter(2);
  if (shape === 'one') {
    const slant = jitter(3);
    line(cx + slant, cy - 9 * s + jitter(1), cx - slant, cy + 9 * s + jitter(1));
  } else if (shape === 'zero') {
    const rx = 5.5 * s + jitter(1.5);
    const ry = 8 * s + jitter(1);
    for (let a = 0; a < 64; a++) {
      const t = (2 * Math.PI * a) / 64;
      plot(cx + rx * Math.cos(t), cy + ry * Math.sin(t));
    }
  } else {
    const top = cy - 8 * s + jitter(1);
    line(cx - 6 * s, top, cx + 6 * s + jitter(1), top);
    line(cx + 6 * s, top, cx - 2 * s + jitter(3), cy + 9 * s);
  }
  return image;
}

export interface WriteOptions {
  /** Standard deviation of added Gaussian noise (default 0). */
  noise?: number;
  /** Added to every pixel before clipping (default 0). */
  brighten?: number;
  /** File name prefix (default the shape). */
  prefix?: string;
}

/** Writes `count` images of `shapes` (cycled) into `folder` as 8-bit gray PNGs. */
export function writeShapes(
  folder: string,
  shapes: readonly Shape[],
  count: number,
  seed: number,
  options: WriteOptions = {},
): void {
  mkdirSync(folder, { recursive: true });
  const random = rng(seed);
  for (let i = 0; i < count; i++) {
    const shape = shapes[i % shapes.length];
    const gray = drawShape(shape, random);
    writePng(
      path.join(folder, `${options.prefix ?? shape}-${String(i).padStart(4, '0')}.png`),
      gray,
      28,
      random,
      options,
    );
  }
}

export function writePng(
  file: string,
  gray: Float64Array,
  size: number,
  random: () => number,
  options: WriteOptions = {},
): void {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) {
    let value = gray[i] + (options.brighten ?? 0);
    if (options.noise) {
      const u = 1 - random();
      value += options.noise * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    }
    const byte = Math.round(Math.min(1, Math.max(0, value)) * 255);
    png.data[4 * i] = byte;
    png.data[4 * i + 1] = byte;
    png.data[4 * i + 2] = byte;
    png.data[4 * i + 3] = 255;
  }
  writeFileSync(file, PNG.sync.write(png));
}

export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'drift-gate-images-'));
}
