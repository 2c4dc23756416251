// The demo server's HTML pages: the demo page (/ and the single-page-app routes under /app/)
// and /second, the target of a real navigation. No external resources.
import type { DemoPageConfig } from './plan';

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.4; }
  table { border-collapse: collapse; margin-top: 1rem; }
  th, td { border-bottom: 1px solid #ccc; padding: 0.25rem 0.75rem; text-align: left; }
  td:last-child { font-variant-numeric: tabular-nums; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

export function demoPageHtml(config: DemoPageConfig): string {
  return layout(
    'HTTP Status Lens demo',
    `<main>
<h1>HTTP Status Lens demo</h1>
<p>This page makes ${config.plan.length} requests that end in a spread of HTTP statuses.
Open DevTools and its <strong>Status Lens</strong> panel to see each response explained.</p>
<p><button id="run" type="button">Run the requests again</button>
<a href="/second">Go to a second page</a></p>
<p id="state" role="status">Not run yet.</p>
<table>
<thead><tr><th scope="col">Request</th><th scope="col">URL</th><th scope="col">Result</th></tr></thead>
<tbody id="results"></tbody>
</table>
</main>
<script type="application/json" id="demo-config">${scriptJson(config)}</script>
<script src="/demo.js"></script>`,
  );
}

export function secondPageHtml(): string {
  return layout(
    'HTTP Status Lens demo: second page',
    `<main>
<h1>Second page</h1>
<p>A real navigation: the panel starts a new list here. This page makes one request.</p>
<p id="state" role="status">Loading…</p>
<p><a href="/">Back to the demo page</a></p>
</main>
<script>
fetch('/api/users/42?run=second', { cache: 'no-store' })
  .then((response) => response.text().then(() => response.status))
  .then((status) => {
    document.getElementById('state').textContent = 'GET /api/users/42: ' + status;
    document.documentElement.dataset.demo = 'done';
  });
</script>`,
  );
}
