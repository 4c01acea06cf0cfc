// Editors' console: polls the console API and redraws; all data is inserted as text, never as HTML.
(function () {
  'use strict';
  const POLL_MS = 5000;
  let csrf = null;
  let selectedTopic = null;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(cell => {
      const td = document.createElement('td');
      if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell === null || cell === undefined ? '' : String(cell);
      tr.appendChild(td);
    });
    return tr;
  }
  function fill(tableId, rows) {
    const body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren(...rows);
  }
  function when(ms) {
    if (!ms || ms < 0) return '';
    const ago = Math.round((Date.now() - ms) / 1000);
    const text = new Date(ms).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
    if (ago < 60) return text + ' (' + ago + ' s ago)';
    if (ago < 3600) return text + ' (' + Math.round(ago / 60) + ' min ago)';
    return text + ' (' + (ago / 3600).toFixed(1) + ' h ago)';
  }
  function ms(value) { return value === null || value === undefined ? '–' : Math.round(value) + ' ms'; }
  async function getJson(url) {
    const response = await fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    return response.json();
  }
  async function post(url, json) {
    if (!csrf) csrf = await getJson('/console/api/csrf');
    const headers = { 'Accept': 'application/json' };
    headers[csrf.headerName] = csrf.token;
    const request = { method: 'POST', headers: headers, credentials: 'same-origin' };
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      request.body = JSON.stringify(json);
    }
    const response = await fetch(url, request);
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || ('HTTP ' + response.status));
    return body;
  }

  function refreshCharts() {
    const stamp = Date.now();
    document.querySelectorAll('img[data-chart]').forEach(img => {
      img.src = '/console/api/charts/' + img.dataset.chart + '.svg?window=' + img.dataset.window + '&t=' + stamp;
    });
  }

  async function refreshOverview() {
    const o = await getJson('/console/api/overview');
    fill('stage-totals', Object.entries(o.stages).map(([stage, t]) => row([stage, t.last15m, t.last24h])));
    fill('section-table', Object.entries(o.sections).map(([section, t]) => row([section, t.last15m, t.last24h])));
    document.getElementById('p50').textContent = ms(o.latencyMs.p50);
    document.getElementById('p95').textContent = ms(o.latencyMs.p95);
    document.getElementById('p99').textContent = ms(o.latencyMs.p99);
    fill('groups', o.backlog.map(g => row([g.group, el('span', g.status, 'status status-' + g.status), g.totalLag,
      g.members, g.state, g.partitions.map(p => p.topic + '[' + p.partition + ']=' + p.lag + (p.status === 'OK' ? '' : ' ' + p.status)).join(', ')])));
    fill('agency-table', o.agencies.map(a => row([a.agency, when(a.lastStoryMs), a.stories,
      a.idle ? el('span', 'idle: quiet for ' + Math.round((Date.now() - a.lastStoryMs) / 60000) + ' min', 'idle') : ''])));
    fill('dlt-topics', Object.entries(o.deadLetters).map(([topic, count]) => {
      const show = el('button', 'show');
      show.addEventListener('click', () => { selectedTopic = topic; refreshDeadLetters(); });
      const all = el('button', 'replay all');
      all.addEventListener('click', () => replayAll(topic));
      const cell = document.createElement('span');
      cell.append(show, ' ', all);
      return row([topic, count, cell]);
    }));
    if (!selectedTopic && Object.keys(o.deadLetters).length > 0) {
      selectedTopic = Object.entries(o.deadLetters).find(([, c]) => c > 0)?.[0] || null;
    }
    document.getElementById('updated').textContent = 'updated ' + new Date(o.nowMs).toISOString().slice(11, 19) + ' UTC';
  }

  async function refreshDeadLetters() {
    if (!selectedTopic) return;
    const list = await getJson('/console/api/dead-letters/' + encodeURIComponent(selectedTopic));
    document.getElementById('dlt-caption').textContent = selectedTopic + ' — newest first';
    fill('dlt-records', list.map(d => {
      const view = el('button', 'view');
      view.addEventListener('click', () => viewDeadLetter(d));
      const replay = el('button', 'replay');
      replay.addEventListener('click', () => replayOne(d));
      const cell = document.createElement('span');
      cell.append(view, ' ', replay);
      return row([when(d.timestampMs), d.uri, d.stage, d.reason, d.replayed ? 'yes' : 'no', cell]);
    }));
  }

  async function viewDeadLetter(d) {
    const full = await getJson('/console/api/dead-letters/' + encodeURIComponent(d.topic) + '/' + d.partition + '/' + d.offset);
    const pre = document.getElementById('dlt-payload');
    let payload = full.payload;
    try { payload = JSON.stringify(JSON.parse(full.payload), null, 2); } catch (e) { /* not JSON: as is */ }
    pre.textContent = 'headers: ' + JSON.stringify(full.headers, null, 2) + '\n\npayload:\n' + payload;
    pre.hidden = false;
  }

  async function replayOne(d) {
    try {
      const entry = await post('/console/api/dead-letters/' + encodeURIComponent(d.topic) + '/' + d.partition + '/' + d.offset + '/replay');
      alertText('replayed ' + entry.source + ' to ' + entry.target);
    } catch (e) { alertText('replay failed: ' + e.message); }
    refreshDeadLetters(); refreshAudit();
  }

  async function replayAll(topic) {
    try {
      const entries = await post('/console/api/dead-letters/' + encodeURIComponent(topic) + '/replay-all');
      alertText('replayed ' + entries.length + ' dead letters of ' + topic);
    } catch (e) { alertText('replay failed: ' + e.message); }
    selectedTopic = topic; refreshDeadLetters(); refreshAudit();
  }

  function alertText(text) { document.getElementById('updated').textContent = text; }

  async function refreshAudit() {
    const entries = await getJson('/console/api/audit?limit=20');
    fill('audit-table', entries.map(e => row([e.at, e.editor, e.action, e.source, e.uri, e.target, e.detail])));
  }

  const REVIEW_SIZE = 20;
  let reviewPage = 1;
  let sections = null;
  const decided = new Set();  // decided here, until enrich's re-emit takes them out of the queue

  async function loadSections() {
    if (sections) return;
    sections = await getJson('/console/api/review/sections');
    const filter = document.getElementById('review-section');
    sections.forEach(s => { const o = el('option', s); o.value = s; filter.appendChild(o); });
  }

  function decisionControls(item) {
    const cell = document.createElement('span');
    if (decided.has(item.uri)) { cell.textContent = 'decided, publishing…'; return cell; }
    const choice = el('select');
    choice.setAttribute('aria-label', 'section of ' + item.uri);
    sections.forEach(s => { const o = el('option', s); o.value = s; o.selected = s === item.section; choice.appendChild(o); });
    const confirm = el('button', 'confirm ' + item.section, 'confirm');
    confirm.addEventListener('click', () => decide(item, item.section));
    const change = el('button', 'change', 'change');
    change.addEventListener('click', () => decide(item, choice.value));
    cell.append(confirm, ' ', choice, ' ', change);
    return cell;
  }

  async function decide(item, section) {
    try {
      const entry = await post('/console/api/review/decisions', { uri: item.uri, section: section });
      decided.add(item.uri);
      alertText(entry.detail + ' for ' + entry.uri);
      await refreshReview();
      await refreshAudit();
    } catch (e) { alertText('decision failed: ' + e.message); }
  }

  async function refreshReview() {
    await loadSections();
    const section = document.getElementById('review-section').value;
    const items = await getJson('/console/api/review?size=' + REVIEW_SIZE + '&page=' + reviewPage
      + (section ? '&section=' + encodeURIComponent(section) : ''));
    document.getElementById('review-page').textContent = 'page ' + reviewPage;
    document.getElementById('review-prev').disabled = reviewPage === 1;
    document.getElementById('review-next').disabled = items.length < REVIEW_SIZE;
    fill('review-table', items.map(item => {
      const trace = el('button', 'trace');
      trace.addEventListener('click', () => {
        document.getElementById('story-uri').value = item.uri;
        traceStory(item.uri);
      });
      const confidence = item.decision.confidence === undefined ? '' : Number(item.decision.confidence).toFixed(2);
      return row([item.uri, item.headline, item.section, confidence, item.decision.reason, item.agency,
        decisionControls(item), trace]);
    }));
    const overrides = await getJson('/console/api/review/overrides?limit=20');
    fill('override-table', overrides.map(o => row([o.at, o.editor, o.uri, o.version, o.previous, o.section])));
  }

  document.getElementById('review-section').addEventListener('change', () => { reviewPage = 1; refreshReview(); });
  document.getElementById('review-prev').addEventListener('click', () => { reviewPage = Math.max(1, reviewPage - 1); refreshReview(); });
  document.getElementById('review-next').addEventListener('click', () => { reviewPage += 1; refreshReview(); });

  async function traceStory(uri) {
    const t = await getJson('/console/api/stories?uri=' + encodeURIComponent(uri));
    document.getElementById('story-where').textContent = t.uri + ': ' + t.whereNow;
    const table = document.getElementById('story-records');
    table.hidden = t.records.length === 0;
    fill('story-records', t.records.map(r => row([r.stage, when(r.timestampMs), r.version < 0 ? '' : r.version,
      r.topic + '/' + r.partition + '/' + r.offset,
      Object.entries(r.times).map(([k, v]) => k.replace('newsroom-', '') + ' ' + new Date(v).toISOString().slice(11, 23)).join('\n'),
      el('pre', JSON.stringify(r.decisions, null, 1))])));
    const doc = document.getElementById('story-document');
    doc.hidden = !t.document;
    doc.textContent = t.document ? 'Elasticsearch: ' + JSON.stringify(t.document, null, 2) : '';
  }

  document.getElementById('story-form').addEventListener('submit', event => {
    event.preventDefault();
    traceStory(document.getElementById('story-uri').value.trim())
      .catch(e => { document.getElementById('story-where').textContent = 'trace failed: ' + e.message; });
  });

  let ticks = 0;
  async function tick() {
    try {
      await refreshOverview();
      refreshCharts();
      if (ticks++ % 3 === 0) {  // dead letters and audit change rarely: every third poll
        await refreshDeadLetters();
        await refreshAudit();
        await refreshReview();
      }
    } catch (e) {
      alertText('update failed: ' + e.message);
    }
  }
  tick();
  setInterval(tick, POLL_MS);
})();
