/**
 * What a kit frame (dist/frame/<name>.html) and the page around it say to each other: the frame its content's
 * height, the page that it has set the frame to it (src/embed/frame-listener.ts and frame-host.ts, and
 * src/embed/frame-page.ts).
 */
export const HEIGHT = 'safe-kit:height';
export const RESIZED = 'safe-kit:resized';
/** From the page to a kit frame: report your height again (the page's kit script arrived after the frame's last report). */
export const REPORT = 'safe-kit:report-height';

export interface HeightMessage {
  type: typeof HEIGHT;
  height: number;
}
export interface ResizedMessage {
  type: typeof RESIZED;
  height: number;
  /** Whether the frame is now at least as tall as asked: false when the host's CSS caps it. */
  fitted: boolean;
}

export interface ReportMessage {
  type: typeof REPORT;
}

export const isMessage = <T extends { type: string }>(data: unknown, type: T['type']): data is T =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;
