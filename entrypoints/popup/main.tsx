// popup.html already holds the first screen, rendered when the extension was built
// (modules/prerender-popup.ts). The code that makes it live loads once that screen is painted:
// a frame's callback runs before its paint, and a task queued there runs after it.
requestAnimationFrame(() => setTimeout(() => void import('./live')));
