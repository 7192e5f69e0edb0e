export function renderText(_r: unknown, _o?: unknown): string {
  return '';
}
