// Staff console controller: sign-in, live queues over SSE, case detail and actions.
import { ApiError, createApi } from './staff-api.js';
import { beep, flashTitle, stopFlash, unlockAudio } from './staff-alert.js';
import { auditRow, detailFields, el, queueSection, tickWaits, transcriptItem } from './staff-render.js';

const TOKEN_KEY = 'rempart.staffToken';
const OUTCOMES = ['resolved', 'referred', 'user_unreachable', 'duplicate', 'other'];
const $ = (id) => document.getElementById(id);

let strings = {};
const t = (key, vars = {}) => (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));

let api = null;
let me = null;
let stopEvents = null;
let selectedId = null;
let detail = null;
let refreshTimer = null;
const timers = [];

async function loadStrings() {
  const lang = (navigator.language || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
  const all = await fetch('/staff/i18n.json').then((r) => r.json());
  strings = all[lang];
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = t('app.title');
}

function announce(text) {
  const node = $('announcer');
  node.textContent = '';
  node.textContent = text;
}

function errorText(err) {
  const byCode = {
    case_already_claimed: 'errors.claimed', queue_forbidden: 'errors.forbidden', forbidden: 'errors.forbidden',
    case_not_found: 'errors.notFound', case_closed: 'errors.closed', case_not_claimed: 'errors.notClaimed',
    invalid_input: 'errors.invalid', store_unavailable: 'errors.unavailable',
  };
  return t(err instanceof ApiError && byCode[err.code] ? byCode[err.code] : 'errors.generic');
}

// ---- sign-in / sign-out ----

async function signIn(token) {
  const candidate = createApi(token);
  me = await candidate.me();
  api = candidate;
  sessionStorage.setItem(TOKEN_KEY, token);
  $('signin').hidden = true;
  $('app').hidden = false;
  for (const id of ['me', 'signout', 'conn-status']) $(id).hidden = false;
  $('audit-open').hidden = me.role !== 'supervisor';
  $('me').textContent = t('me.label', { name: me.name, role: t(`role.${me.role}`) });
  fillSelects();
  stopEvents = api.events({
    ready: () => { $('conn-status').textContent = t('conn.live'); refresh(); },
    down: () => { $('conn-status').textContent = t('conn.reconnecting'); },
    event: onEvent,
    unauthorized: signOut,
  });
  timers.push(setInterval(() => tickWaits(), 1000));
  timers.push(setInterval(refresh, 30000)); // safety net if an event was missed while reconnecting
  await refresh();
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  if (stopEvents) stopEvents();
  stopEvents = null;
  for (const timer of timers.splice(0)) clearInterval(timer);
  clearTimeout(refreshTimer);
  stopFlash();
  api = null; me = null; selectedId = null; detail = null;
  // Drop every piece of case data from the page.
  for (const id of ['queue-lists', 'stats-list', 'detail-fields', 'detail-summary', 'transcript', 'audit-rows', 'me', 'conn-status', 'announcer']) $(id).replaceChildren();
  $('detail-body').hidden = true;
  $('detail-title').textContent = t('detail.none');
  $('app').hidden = true;
  $('audit').hidden = true;
  for (const id of ['me', 'signout', 'conn-status', 'audit-open']) $(id).hidden = true;
  $('signin').hidden = false;
  $('token').value = '';
  $('token').focus();
}

// ---- queues and stats ----

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 150);
}

async function refresh() {
  if (!api) return;
  try {
    const [waiting, claimed, stats] = await Promise.all([api.cases('waiting'), api.cases('claimed'), api.stats()]);
    renderQueues(waiting.cases, claimed.cases);
    renderStats(stats);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) signOut();
  }
}

function renderQueues(waiting, claimed) {
  const sections = me.queues.map((q) => queueSection(t, q,
    waiting.filter((c) => c.queue === q), claimed.filter((c) => c.queue === q), selectedId, selectCase));
  $('queue-lists').replaceChildren(...sections);
  tickWaits($('queue-lists'));
}

function renderStats(stats) {
  const none = t('stats.none');
  const secs = (v) => (v === null || v === undefined ? none : `${Math.round(v / 60)} min`);
  const items = Object.entries(stats.queues || {}).flatMap(([q, s]) => {
    const queue = t(`queue.${q}`);
    return [
      ['stats.waiting', s.waiting], ['stats.claimed', s.claimed],
      ['stats.oldest', secs(s.oldestWaitSeconds)], ['stats.median', secs(s.medianWaitSecondsLastDay)],
    ].flatMap(([k, v]) => [el('dt', { text: t(k, { queue }) }), el('dd', { text: String(v) })]);
  });
  $('stats-list').replaceChildren(...items);
}

function onEvent(event) {
  const visible = me && me.queues.includes(event.queue);
  if (visible && event.priority === 'emergency' && (event.type === 'case.queued' || event.type === 'case.escalated')) {
    announce(t('announce.newEmergency', { queue: t(`queue.${event.queue}`) }));
    beep();
    flashTitle(t('title.emergency'));
  } else if (visible && event.type === 'case.queued') {
    announce(t('announce.newCase', { queue: t(`queue.${event.queue}`) }));
  }
  if (event.caseId === selectedId) {
    if (event.type === 'case.message' && event.entry) appendTranscript(event.entry);
    else if (visible) loadDetail(selectedId);
    else closeDetail();
  }
  if (event.type !== 'case.message') scheduleRefresh();
}

// ---- case detail and actions ----

async function selectCase(id) {
  if (id !== selectedId) liveEntries = [];
  selectedId = id;
  for (const b of document.querySelectorAll('.case-item')) b.setAttribute('aria-current', String(b.dataset.caseId === id));
  await loadDetail(id);
  $('detail-title').focus();
}

// Transcript entries received live (SSE) for the selected case. A detail fetched before one of them arrived must
// not wipe it: under load a reload started by an earlier event could answer after a user message was appended.
let liveEntries = [];
let loadSeq = 0;

async function loadDetail(id) {
  const seq = ++loadSeq;
  let loaded;
  try {
    loaded = await api.caseDetail(id);
  } catch (err) {
    $('action-error').textContent = errorText(err);
    return;
  }
  // A newer load was started meanwhile, or another case was selected: this answer is stale.
  if (selectedId !== id || seq !== loadSeq) return;
  detail = loaded;
  const known = new Set(detail.transcript.map(entryKey));
  const missing = liveEntries.filter((e) => !known.has(entryKey(e)));
  if (missing.length > 0) detail.transcript = [...detail.transcript, ...missing].sort((a, b) => String(a.at).localeCompare(String(b.at)));
  $('detail-title').textContent = t('detail.caseTitle', { id: detail.id });
  $('detail-fields').replaceChildren(...detailFields(t, detail));
  $('detail-summary').textContent = detail.summary;
  $('transcript').replaceChildren(...detail.transcript.map((e) => transcriptItem(t, e)));
  $('action-error').textContent = '';
  $('detail-body').hidden = false;
  updateActions();
  tickWaits($('detail'));
}

function closeDetail() {
  selectedId = null; detail = null; liveEntries = [];
  $('detail-body').hidden = true;
  $('detail-title').textContent = t('detail.none');
}

const entryKey = (e) => `${e.at}|${e.from}|${e.name ?? ''}|${e.text}`;

function appendTranscript(entry) {
  liveEntries.push(entry);
  if (!detail || detail.transcript.some((e) => entryKey(e) === entryKey(entry))) return;
  detail.transcript.push(entry);
  $('transcript').append(transcriptItem(t, entry));
  $('transcript').lastElementChild?.scrollIntoView({ block: 'nearest' });
}

function updateActions() {
  const mine = detail.status === 'claimed' && (detail.claimedBy === me.name || me.role === 'supervisor');
  $('claim').hidden = detail.status !== 'waiting';
  for (const id of ['reply-form', 'transfer-form', 'close-form']) $(id).hidden = !mine;
  const other = detail.queue === 'psychologist' ? 'jurist' : 'psychologist';
  $('transfer-queue').value = other;
}

function fillSelects() {
  $('transfer-queue').replaceChildren(...['psychologist', 'jurist'].map((q) => el('option', { value: q, text: t(`queue.${q}`) })));
  $('close-outcome').replaceChildren(...OUTCOMES.map((o) => el('option', { value: o, text: t(`outcome.${o}`) })));
}

async function act(action) {
  if (!detail) return;
  const id = detail.id;
  $('action-error').textContent = '';
  try {
    await action(id);
    await loadDetail(id);
    scheduleRefresh();
  } catch (err) {
    $('action-error').textContent = errorText(err);
    if (err instanceof ApiError && err.status === 401) signOut();
    else await loadDetail(id);
  }
}

function wire() {
  $('signin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    unlockAudio();
    $('signin-error').textContent = '';
    try {
      await signIn($('token').value.trim());
      $('token').value = '';
    } catch (err) {
      $('signin-error').textContent = t(err instanceof ApiError && err.status === 401 ? 'signin.invalid' : 'signin.unavailable');
    }
  });
  $('signout').addEventListener('click', signOut);
  $('claim').addEventListener('click', () => act((id) => api.claim(id)));
  $('reply-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('reply-text').value.trim();
    if (!text) return;
    act(async (id) => { await api.reply(id, text); $('reply-text').value = ''; });
  });
  $('transfer-form').addEventListener('submit', (e) => { e.preventDefault(); act((id) => api.transfer(id, $('transfer-queue').value)); });
  $('close-form').addEventListener('submit', (e) => { e.preventDefault(); act((id) => api.close(id, $('close-outcome').value)); });
  $('audit-open').addEventListener('click', async () => {
    try {
      const { entries } = await api.audit();
      $('audit-rows').replaceChildren(...entries.map(auditRow));
      $('audit').hidden = false;
    } catch (err) {
      announce(errorText(err));
    }
  });
  window.addEventListener('focus', () => stopFlash());
}

async function start() {
  await loadStrings();
  wire();
  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved) {
    try {
      await signIn(saved);
      return;
    } catch {
      sessionStorage.removeItem(TOKEN_KEY);
    }
  }
  $('token').focus();
}

start();
