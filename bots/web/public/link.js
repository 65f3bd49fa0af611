// The link page: asks the injected wallet (EIP-1193) for an account, fetches the message
// for it, has the wallet sign it (personal_sign) and posts the signature back. Text from
// the server is only ever set as textContent.
(function () {
  'use strict';
  var token = location.pathname.split('/').filter(Boolean).pop() || '';
  var api = '/api/link/' + encodeURIComponent(token);
  var button = document.getElementById('connect');
  var status = document.getElementById('status');

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
        if (!res.ok) throw new Error(json.error || 'The server answered ' + res.status + '.');
        return json;
      });
    });
  }

  function utf8Hex(text) {
    var bytes = new TextEncoder().encode(text);
    var hex = '0x';
    for (var i = 0; i < bytes.length; i++) hex += bytes[i].toString(16).padStart(2, '0');
    return hex;
  }

  function showMessage(message) {
    document.getElementById('message').textContent = message;
    document.getElementById('details').hidden = false;
  }

  function sign() {
    var eth = window.ethereum;
    if (!eth || typeof eth.request !== 'function') {
      show('No wallet found in this browser. Install a wallet extension, or sign by hand: send /link <address> in the chat.', 'error');
      return;
    }
    button.disabled = true;
    show('Waiting for your wallet…');
    var account;
    eth.request({ method: 'eth_requestAccounts' })
      .then(function (accounts) {
        if (!accounts || !accounts.length) throw new Error('The wallet shared no account.');
        account = String(accounts[0]);
        return call('POST', api + '/message', { address: account });
      })
      .then(function (res) {
        showMessage(res.message);
        show('Sign the message in your wallet…');
        return eth.request({ method: 'personal_sign', params: [utf8Hex(res.message), account] });
      })
      .then(function (signature) {
        show('Checking the signature…');
        return call('POST', api, { signature: String(signature) });
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
      show('Valid until ' + new Date(info.expiresAt).toLocaleString() + '.');
    })
    .catch(function (e) {
      show((e && e.message) || String(e), 'error');
    });
})();
