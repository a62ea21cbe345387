/*
 * Rempart embed: <script src="https://<rempart-host>/widget/embed.js" data-exit-url="https://www.meteofrance.com/" async></script>
 * Adds a launcher button (bottom right) that opens the widget in an iframe. The host's origin must be
 * listed in WIDGET_ALLOWED_ORIGINS, or the browser refuses to show the frame (CSP frame-ancestors).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var exitUrl = script.getAttribute('data-exit-url') || 'https://www.meteofrance.com/';
  var lang = /^fr\b/i.test(navigator.language || '') ? 'fr' : 'en';

  var button = document.createElement('button');
  button.type = 'button';
  button.id = 'rempart-launcher';
  button.textContent = 'Rempart';
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483646;border:0;border-radius:24px;padding:12px 18px;font:600 16px system-ui,sans-serif;background:#3b6e8f;color:#fff;box-shadow:0 2px 12px rgba(0,0,0,.25);cursor:pointer';

  var frame = document.createElement('iframe');
  frame.id = 'rempart-frame';
  frame.title = 'Rempart';
  frame.hidden = true;
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.style.cssText = 'position:fixed;right:16px;bottom:76px;z-index:2147483647;width:min(400px,calc(100vw - 32px));height:min(640px,calc(100vh - 96px));border:1px solid #d9dee3;border-radius:12px;background:#fff;box-shadow:0 4px 24px rgba(0,0,0,.2)';

  var strings = null;
  fetch(origin + '/widget/strings.' + lang + '.json').then(function (r) { return r.ok ? r.json() : null; }).then(function (s) {
    strings = s;
    if (s) { button.textContent = s.launcher; frame.title = s.title; }
  }, function () { /* keep the product name as label */ });

  button.addEventListener('click', function () {
    if (!frame.src) frame.src = origin + '/';
    frame.hidden = !frame.hidden;
    button.setAttribute('aria-expanded', String(!frame.hidden));
    if (strings) button.textContent = frame.hidden ? strings.launcher : strings.close;
  });

  // Quick exit inside the frame leaves the host page too.
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'rempart:quick-exit') location.replace(exitUrl);
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
