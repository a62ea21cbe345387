// DOM builders. Every piece of case data goes in with textContent, never innerHTML:
// a teenager's message must never run as markup in a staff browser.

export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** "42 s", "3 min 05 s", "1 h 07 min". */
export function formatDuration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Waits are shown from `data-since` (ISO time) and refreshed every second by tickWaits(). */
export function tickWaits(root = document) {
  const now = Date.now();
  for (const node of root.querySelectorAll('[data-since]')) {
    node.textContent = formatDuration((now - Date.parse(node.dataset.since)) / 1000);
  }
}

export function priorityBadge(t, priority) {
  return el('span', { className: `badge prio-${priority}`, text: t(`priority.${priority}`) });
}

/** One case in a queue list: a button that opens the detail. */
export function caseItem(t, c, selectedId, onSelect) {
  const meta = [t(`situation.${c.situation}`), t(`persona.${c.persona}`), t(`language.${c.language}`)];
  if (c.status === 'claimed' && c.claimedBy) meta.push(t('list.claimedBy', { name: c.claimedBy }));
  const button = el('button', {
    type: 'button',
    className: `case-item prio-${c.priority}`,
    dataset: { caseId: c.id },
    'aria-current': c.id === selectedId ? 'true' : 'false',
    onclick: () => onSelect(c.id),
  }, [
    priorityBadge(t, c.priority),
    el('span', { text: c.id }),
    el('span', { className: 'wait', dataset: { since: c.status === 'claimed' && c.claimedAt ? c.claimedAt : c.createdAt } }),
    el('span', { className: 'muted', text: meta.join(' · ') }),
  ]);
  return el('li', {}, [button]);
}

export function queueSection(t, queue, waiting, claimed, selectedId, onSelect) {
  const list = (cases) => cases.length === 0
    ? el('p', { className: 'muted', text: t('queues.empty') })
    : el('ul', { className: 'cases' }, cases.map((c) => caseItem(t, c, selectedId, onSelect)));
  const id = `queue-${queue}`;
  return el('section', { className: 'queue', id, 'aria-labelledby': `${id}-title` }, [
    el('h3', { id: `${id}-title`, text: `${t(`queue.${queue}`)} · ${t('queues.waiting')} (${waiting.length})` }),
    list(waiting),
    el('h3', { text: `${t(`queue.${queue}`)} · ${t('queues.claimed')} (${claimed.length})` }),
    list(claimed),
  ]);
}

export function detailFields(t, c) {
  const unknown = t('value.unknown');
  const coverage = c.coverage
    ? [t(`coverage.${c.coverage.status}`), c.coverage.product, c.coverage.policyMasked, (c.coverage.guarantees || []).join(', ')].filter(Boolean).join(' · ')
    : unknown;
  const rows = [
    ['field.priority', priorityBadge(t, c.priority)],
    ['field.queue', t(`queue.${c.queue}`)],
    ['field.status', t(`status.${c.status}`)],
    ['field.situation', t(`situation.${c.situation}`)],
    ['field.crisis', t(c.crisis ? 'value.yes' : 'value.no')],
    ['field.persona', t(`persona.${c.persona}`)],
    ['field.age', c.age ?? unknown],
    ['field.language', t(`language.${c.language}`)],
    ['field.platform', c.platform || unknown],
    ['field.channel', c.channel],
    ['field.coverage', coverage],
    ['field.createdAt', new Date(c.createdAt).toLocaleString()],
    ['field.wait', el('span', { className: 'wait', dataset: { since: c.createdAt } })],
    ['field.claimedBy', c.claimedBy || unknown],
    ['field.consent', t(c.consentToShare ? 'value.yes' : 'value.no')],
  ];
  return rows.flatMap(([key, value]) => [
    el('dt', { text: t(key) }),
    el('dd', { dataset: { field: key.slice(6) } }, [typeof value === 'object' ? value : document.createTextNode(String(value))]),
  ]);
}

export function transcriptItem(t, entry) {
  const who = entry.from === 'staff' ? (entry.name || 'staff') : t(`author.${entry.from}`);
  return el('li', { className: `from-${entry.from}` }, [
    el('span', { className: 'who', text: who }),
    el('time', { className: 'muted', datetime: entry.at, text: new Date(entry.at).toLocaleTimeString() }),
    el('div', { className: 'text', text: entry.text }),
  ]);
}

export function auditRow(entry) {
  return el('tr', {}, [entry.at, `${entry.actor} (${entry.role})`, entry.action, entry.caseId || '', entry.detail || '']
    .map((v) => el('td', { text: v })));
}
