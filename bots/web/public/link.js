// The link page: asks the injected wallet (EIP-1193) for an account, fetches the message
// for it, has the wallet sign it (personal_sign) and posts the signature back. Its words
// come in the page's language from the #texts block; an error from the server is a code
// it looks up there. Text is only ever set as textContent.
(function () {
  'use strict';
  var texts = JSON.parse(document.getElementById('texts').textContent);
  var lang = document.documentElement.lang || 'en';
  var token = location.pathname.split('/').filter(Boolean).pop() || '';
  var api = '/api/link/' + encodeURIComponent(token);
  var button = document.getElementById('connect');
  var status = document.getElementById('status');

  // A text's marker ("{time}") replaced by a value taken literally (no "$&" patterns).
  function fill(text, marker, value) {
    return text.replace(marker, function () { return value; });
  }

  function show(text, kind) {
    status.textContent = text;
    status.className = kind || '';
  }

  function call(method, path, body) {
    return fetch(path, {
      method: method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'omit',
      cache: 'no-store',
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (json) {
        if (!res.ok) throw new Error(errorText(json, res.status));
        return json;
      });
    });
  }

  // The server's error code in the page's words; a code the page does not know, by its status.
  function errorText(json, status) {
    var code = json && typeof json.code === 'string' ? json.code : '';
    if (code && Object.prototype.hasOwnProperty.call(texts.errors, code)) {
      return fill(texts.errors[code], '{ref}', typeof json.ref === 'string' ? json.ref : '?');
    }
    return fill(texts.serverAnswered, '{status}', String(status));
  }

  function utf8Hex(text) {
    var bytes = new TextEncoder().encode(text);
    var hex = '0x';
    for (var i = 0; i < bytes.length; i++) hex += bytes[i].toString(16).padStart(2, '0');
    return hex;
  }

  // In the page's language when the browser knows it, else the browser's own way.
  function expiry(iso) {
    var d = new Date(iso);
    try {
      return d.toLocaleString(lang);
    } catch (_e) {
      return d.toLocaleString();
    }
  }

  function showMessage(message) {
    document.getElementById('message').textContent = message;
    document.getElementById('details').hidden = false;
  }

  function sign() {
    var eth = window.ethereum;
    if (!eth || typeof eth.request !== 'function') {
      show(texts.noWallet, 'error');
      return;
    }
    button.disabled = true;
    show(texts.waitingWallet);
    var account;
    eth.request({ method: 'eth_requestAccounts' })
      .then(function (accounts) {
        if (!accounts || !accounts.length) throw new Error(texts.noAccount);
        account = String(accounts[0]);
        return call('POST', api + '/message', { address: account });
      })
      .then(function (res) {
        showMessage(res.message);
        show(texts.signPrompt);
        return eth.request({ method: 'personal_sign', params: [utf8Hex(res.message), account] });
      })
      .then(function (signature) {
        show(texts.checkingSignature);
        return call('POST', api, { signature: String(signature), lang: lang });
      })
      .then(function (res) {
        show(res.text, 'ok');
        button.hidden = true;
      })
      .catch(function (e) {
        show((e && e.message) || String(e), 'error');
        button.disabled = false;
      });
  }

  call('GET', api)
    .then(function (info) {
      if (info.address) {
        document.getElementById('address').textContent = info.address;
        document.getElementById('expected').hidden = false;
      }
      if (info.message) showMessage(info.message);
      button.disabled = false;
      button.addEventListener('click', sign);
      show(fill(texts.validUntil, '{time}', expiry(info.expiresAt)));
    })
    .catch(function (e) {
      show((e && e.message) || String(e), 'error');
    });
})();
