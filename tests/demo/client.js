// The demo page's script (plain JavaScript, served as /demo.js). It makes the requests of the
// plan one after the other, reads every body (so DevTools sees each request finish), then
// pushes a single-page-app route.
//
// `?run=<round>` names the round made on load (default "load"); `?run=none` makes none.
// `window.runDemo(round)` makes another round and resolves to its results. While a round runs,
// <html data-demo="running" data-round="…">; then data-demo="done".

const config = JSON.parse(document.getElementById('demo-config').textContent);
const origins = {
  same: location.origin,
  cross: config.crossOrigin,
  refused: config.refusedOrigin,
};
const etags = new Map();

function requestBody(body) {
  if (!body) return undefined;
  if (body.type === 'json') return JSON.stringify(body.value);
  if (body.type === 'form') return new URLSearchParams(body.value);
  return new Uint8Array(body.size);
}

async function runStep(step, round) {
  const url = new URL(step.path, origins[step.origin]);
  url.searchParams.set('run', round);
  const headers = {};
  if (step.body?.type === 'json') headers['Content-Type'] = 'application/json';
  if (step.body?.type === 'bytes') headers['Content-Type'] = 'application/octet-stream';
  if (step.conditional && etags.has(step.path)) headers['If-None-Match'] = etags.get(step.path);
  Object.assign(headers, step.headers);
  try {
    const response = await fetch(url, {
      method: step.method,
      headers,
      body: requestBody(step.body),
      cache: 'no-store',
    });
    await response.text();
    const etag = response.headers.get('ETag');
    if (etag) etags.set(step.path, etag);
    return { name: step.name, url: url.href, status: response.status };
  } catch (error) {
    return { name: step.name, url: url.href, status: 0, error: String(error) };
  }
}

function show(results) {
  const rows = results.map((result) => {
    const row = document.createElement('tr');
    for (const text of [result.name, result.url, result.error ?? String(result.status)]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  document.getElementById('results').replaceChildren(...rows);
}

let rounds = 0;

async function runDemo(round = `round-${++rounds}`) {
  const root = document.documentElement;
  root.dataset.demo = 'running';
  root.dataset.round = round;
  document.getElementById('state').textContent = `Running round "${round}"…`;
  const results = [];
  for (const step of config.plan) {
    results.push(await runStep(step, round));
  }
  show(results);
  history.pushState({ round }, '', `${config.spaRoute}?run=${encodeURIComponent(round)}`);
  document.getElementById('state').textContent =
    `Round "${round}" made ${results.length} requests.`;
  root.dataset.demo = 'done';
  return results;
}

window.runDemo = runDemo;
document.getElementById('run').addEventListener('click', () => runDemo());

const firstRound = new URLSearchParams(location.search).get('run') ?? 'load';
if (firstRound !== 'none') runDemo(firstRound);
