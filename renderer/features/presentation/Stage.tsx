/**
 * The slide canvas: a fixed logical size (1080 units high, at least 1280 wide) scaled to
 * the window, so a slide keeps its layout from a 1024×768 projector to a 4K screen and
 * text is 28 units = 28 px at 1920×1080. Charts get fixed sizes in these units.
 */
import { useEffect, useState, type ReactNode } from 'react';

export interface Canvas {
  width: number;
  height: number;
  scale: number;
}

export function canvasFor(viewportWidth: number, viewportHeight: number): Canvas {
  const scale = Math.min(viewportHeight / 1080, viewportWidth / 1280);
  return { scale, width: Math.round(viewportWidth / scale), height: Math.round(viewportHeight / scale) };
}

export function useCanvas(): Canvas {
  const read = () => canvasFor(window.innerWidth, window.innerHeight);
  const [canvas, setCanvas] = useState(read);
  useEffect(() => {
    const update = () => setCanvas(read());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return canvas;
}

export function Stage({ canvas, children, label }: { canvas: Canvas; children: ReactNode; label: string }) {
  return (
    <div className="projector-stage">
      <div
        className="projector-canvas"
        role="region"
        aria-label={label}
        style={{ width: canvas.width, height: canvas.height, transform: `scale(${canvas.scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
