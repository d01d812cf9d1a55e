/**
 * The embeddable chat survey widget, served at /widget.js:
 *
 *   <script src="https://rapport.example.com/widget.js" data-rapport-token="<token>" async></script>
 *
 * It mounts after its own tag (or into the element named by `data-rapport-target`), talks to
 * the chat API of the origin it was loaded from, and works under a strict Content-Security-
 * Policy: no inline script, no eval, no inline style attributes (styles are set through the
 * CSSOM), text inserted as text nodes only.
 */
export const WIDGET_JS = String.raw`(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var token = script.getAttribute('data-rapport-token');
  if (!token) return;
  var api = new URL(script.src).origin + '/api/v1/chat/' + encodeURIComponent(token) + '/messages';
  var last = -1;
  var busy = false;
  // The widget's own words, by the conversation's language (the messages come from the survey).
  var WORDS = {
    en: { chat: 'Feedback chat', log: 'Conversation', reply: 'Your reply', send: 'Send',
      closed: 'Thank you! This survey is closed, but you can still add a note.',
      wait: 'Please wait a moment before sending again.',
      failed: 'Sorry, something went wrong. Please try again.' },
    es: { chat: 'Chat de opinión', log: 'Conversación', reply: 'Tu respuesta', send: 'Enviar',
      closed: '¡Gracias! Esta encuesta está cerrada, pero aún puedes añadir una nota.',
      wait: 'Espera un momento antes de volver a enviar.',
      failed: 'Lo sentimos, algo ha fallado. Inténtalo de nuevo.' }
  };
  var words = WORDS.en;

  function el(tag, styles, attrs) {
    var e = document.createElement(tag);
    var k;
    for (k in styles || {}) e.style[k] = styles[k];
    for (k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }

  var root = el('section', {
    fontFamily: 'system-ui, sans-serif', fontSize: '15px', maxWidth: '420px',
    border: '1px solid #ccc', borderRadius: '8px', padding: '12px', background: '#fff', color: '#111'
  }, { 'aria-label': words.chat, 'data-rapport-widget': '' });
  var log = el('div', { maxHeight: '360px', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: '6px' },
    { role: 'log', 'aria-live': 'polite', 'aria-label': words.log, tabindex: '0', 'data-rapport-log': '' });
  var quick = el('div', { display: 'flex', flexWrap: 'wrap', gap: '4px', margin: '8px 0' }, { 'data-rapport-quick': '' });
  var form = el('form', { display: 'flex', gap: '6px' });
  var input = el('input', { flex: '1', padding: '6px' },
    { type: 'text', maxlength: '2000', 'aria-label': words.reply, autocomplete: 'off', 'data-rapport-input': '' });
  var send = el('button', { padding: '6px 12px' }, { type: 'submit', 'data-rapport-send': '' });
  send.textContent = words.send;

  function speak(language) {
    var base = String(language || 'en').toLowerCase().split(/[-_]/)[0];
    words = Object.prototype.hasOwnProperty.call(WORDS, base) ? WORDS[base] : WORDS.en;
    root.setAttribute('lang', base);
    root.setAttribute('aria-label', words.chat);
    log.setAttribute('aria-label', words.log);
    input.setAttribute('aria-label', words.reply);
    send.textContent = words.send;
  }
  var status = el('p', { fontSize: '12px', color: '#555', margin: '6px 0 0' }, { 'data-rapport-status': '', role: 'status' });
  form.appendChild(input);
  form.appendChild(send);
  root.appendChild(log);
  root.appendChild(quick);
  root.appendChild(form);
  root.appendChild(status);
  var target = script.getAttribute('data-rapport-target');
  var host = target && document.getElementById(target);
  if (host) host.appendChild(root);
  else script.parentNode.insertBefore(root, script.nextSibling);

  function show(view) {
    if (view.language) speak(view.language);
    (view.messages || []).forEach(function (m) {
      if (m.seq <= last) return;
      last = m.seq;
      var bot = m.speaker === 'bot';
      var b = el('p', {
        margin: '0', padding: '6px 10px', borderRadius: '8px', maxWidth: '85%',
        alignSelf: bot ? 'flex-start' : 'flex-end', background: bot ? '#eef2f7' : '#dcf3e4'
      }, { 'data-speaker': m.speaker });
      b.textContent = m.text;
      log.appendChild(b);
    });
    log.scrollTop = log.scrollHeight;
    while (quick.firstChild) quick.removeChild(quick.firstChild);
    (view.quickReplies || []).forEach(function (q) {
      var qb = el('button', { padding: '4px 8px', minWidth: '32px' }, { type: 'button', 'data-rapport-reply': q });
      qb.textContent = q;
      qb.addEventListener('click', function () { post(q); });
      quick.appendChild(qb);
    });
    var open = view.status === 'active';
    status.textContent = open ? '' : words.closed;
  }

  function fail(res) {
    status.textContent = res && res.status === 429 ? words.wait : words.failed;
  }

  function id() {
    var a = new Uint8Array(12);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  }

  function post(text) {
    if (busy || !text) return;
    busy = true;
    send.disabled = true;
    var body = JSON.stringify({ text: text, clientMessageId: id() });
    fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body, credentials: 'omit' })
      .then(function (res) { if (!res.ok) { fail(res); return null; } input.value = ''; return res.json(); })
      .then(function (view) { if (view) show(view); })
      .catch(fail)
      .then(function () { busy = false; send.disabled = false; input.focus(); });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); post(input.value.trim()); });
  fetch(api + '?after=-1', { credentials: 'omit' })
    .then(function (res) { if (!res.ok) { fail(res); return null; } return res.json(); })
    .then(function (view) { if (view) show(view); })
    .catch(fail);
})();
`;
