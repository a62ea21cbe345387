/* Rempart widget page: Web Chat on the embedded Direct Line, quick exit, start over, safety note. */
(function () {
  'use strict';
  var STORAGE_KEY = 'rempart.directline';
  var ESCAPE_WINDOW_MS = 1500;
  var lang = /^fr\b/i.test(navigator.language || '') ? 'fr' : 'en';
  var exitUrl = document.body.getAttribute('data-exit-url') || 'https://www.meteofrance.com/';
  var domain = location.origin + '/v3/directline';
  var directLine = null;
  document.documentElement.lang = lang;

  function quickExit() {
    try { sessionStorage.clear(); } catch (e) { /* storage disabled: nothing to clear */ }
    if (directLine) directLine.end();
    if (window.parent !== window) window.parent.postMessage({ type: 'rempart:quick-exit' }, '*');
    try { window.top.location.replace(exitUrl); } catch (e) { location.replace(exitUrl); }
    location.replace(exitUrl);
  }

  var lastEscape = 0;
  window.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape < ESCAPE_WINDOW_MS) quickExit();
    lastEscape = now;
  }, true);
  document.getElementById('quick-exit').addEventListener('click', quickExit);

  function getJson(url, init) {
    return fetch(url, init).then(function (res) {
      if (!res.ok) { var err = new Error('HTTP ' + res.status); err.status = res.status; throw err; }
      return res.json();
    });
  }

  function applyStrings(strings) {
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      var text = strings[el.getAttribute('data-i18n')];
      if (text) el.textContent = text;
    });
    return strings;
  }

  function renderSafety() {
    return getJson('/widget/safety.json').then(function (body) {
      var list = document.getElementById('safety-contacts');
      body.contacts.forEach(function (c) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = (c.kind === 'sms' ? 'sms:' : 'tel:') + c.number;
        a.textContent = c.number;
        li.appendChild(a);
        li.appendChild(document.createTextNode(' ' + c.label[lang].replace(/^\S+,\s*/, '')));
        list.appendChild(li);
      });
      list.hidden = false;
    }, function () { /* no contacts file: the page's own 112 line stays */ });
  }

  function load() {
    try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null'); } catch (e) { return null; }
  }
  function save(session) {
    try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session)); } catch (e) { /* private mode: no resume */ }
  }

  /** A saved conversation is resumed with a refreshed token; otherwise a new one is generated. */
  function session() {
    var saved = load();
    var fresh = function () {
      return getJson(domain + '/tokens/generate', { method: 'POST' }).then(function (t) {
        var s = { token: t.token, conversationId: t.conversationId, userId: t.userId, started: false };
        save(s);
        return s;
      });
    };
    if (!saved || !saved.started) return fresh();
    return getJson(domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + saved.token } })
      .then(function (t) { saved.token = t.token; save(saved); return saved; }, fresh);
  }

  function start(s) {
    // On resume the whole transcript is replayed (no watermark), so the user sees what was said before the reload.
    directLine = WebChat.createDirectLine({
      domain: domain,
      token: s.token,
      conversationId: s.started ? s.conversationId : undefined,
      webSocket: typeof WebSocket === 'function',
      conversationStartProperties: { locale: lang === 'fr' ? 'fr-FR' : 'en-US' },
    });
    s.started = true;
    save(s);
    directLine.activity$.subscribe(function () {
      if (directLine.token && directLine.token !== s.token) { s.token = directLine.token; save(s); }
    }, function () { /* Web Chat shows its own connectivity notice */ });
    WebChat.renderWebChat({
      directLine: directLine,
      userID: s.userId,
      locale: lang === 'fr' ? 'fr-FR' : 'en-US',
      styleOptions: {
        hideUploadButton: true,
        accent: '#3b6e8f',
        bubbleBorderRadius: 12,
        bubbleFromUserBorderRadius: 12,
        bubbleFromUserBackground: '#e8f0f6',
        bubbleBackground: '#f4f5f7',
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        fontSizeSmall: '80%',
        sendBoxHeight: 52,
        timestampFormat: 'absolute',
      },
    }, document.getElementById('webchat'));
  }

  var dialog = document.getElementById('restart-confirm');
  document.getElementById('restart').addEventListener('click', function () {
    if (typeof dialog.showModal === 'function') dialog.showModal(); else restart();
  });
  document.getElementById('restart-no').addEventListener('click', function () { dialog.close(); });
  document.getElementById('restart-yes').addEventListener('click', restart);
  function restart() {
    try { sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing stored */ }
    if (directLine) directLine.end();
    location.reload();
  }

  getJson('/widget/strings.' + lang + '.json')
    .then(applyStrings)
    .then(function () { renderSafety(); return session(); })
    .then(start)
    .catch(function () {
      document.getElementById('webchat').setAttribute('data-error', 'true');
    });
})();
