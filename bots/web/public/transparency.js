/*
 * The transparency page's check, in the visitor's browser: for each batch on the page,
 * download its manifest, hash the exact bytes with keccak256 (keccak256.js, no library)
 * and compare the hash with the batch id this server lists and the id the chain recorded
 * (which the server reads from the batch's transaction for us: /transparency/chain).
 */
(function () {
  'use strict';
  var texts = JSON.parse(document.getElementById('texts').textContent);
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-batch-id]'));
  var summary = document.getElementById('check-summary');
  if (rows.length === 0 || !summary) return;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : m;
    });
  }

  function unchecked(reason, values) {
    return { kind: 'unchecked', text: fill(texts.unchecked, { reason: fill(texts.reasons[reason] || texts.reasons.network, values || {}) }) };
  }

  /** The row's outcome from its id, state, the manifest's hash (or why there is none) and the chain's answer. */
  function verdict(id, state, hashed, chain) {
    if (hashed.error) return unchecked(hashed.error, { status: hashed.status });
    if (hashed.hash !== id) return { kind: 'mismatch', text: texts.mismatchManifest };
    if (chain.error) return unchecked(chain.error, { status: chain.status });
    var c = chain.check;
    if (!c) return unchecked('server', { status: 200 });
    if (c.status === 'unchecked') return unchecked(c.reason);
    if (c.status === 'minted') {
      if (String(c.onChainId).toLowerCase() === id) return { kind: 'verified', text: texts.verified };
      return { kind: 'mismatch', text: fill(texts.mismatchChain, { id: c.onChainId }) };
    }
    if (state === 'confirmed') return { kind: 'mismatch', text: texts.mismatchNotMinted };
    return { kind: 'pending', text: texts.notMinted };
  }

  function hashManifest(id) {
    return fetch('/transparency/batches/' + id + '/manifest', { cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) return { error: 'manifest', status: r.status };
        return r.arrayBuffer().then(function (buf) {
          return { hash: window.tnetKeccak256(new Uint8Array(buf)) };
        });
      })
      .catch(function () {
        return { error: 'network' };
      });
  }

  function show(row, v) {
    var cell = row.querySelector('.check');
    cell.textContent = '';
    var mark = document.createElement('span');
    mark.className = 'mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = v.kind === 'verified' ? '✓ ' : v.kind === 'mismatch' ? '✗ ' : v.kind === 'unchecked' ? '? ' : '· ';
    var text = document.createElement(v.kind === 'mismatch' ? 'strong' : 'span');
    text.textContent = v.text;
    cell.appendChild(mark);
    cell.appendChild(text);
    cell.className = 'check ' + v.kind;
    row.classList.add('row-' + v.kind);
    row.setAttribute('data-check', v.kind);
  }

  summary.textContent = fill(texts.checkingAll, { count: rows.length });
  var ids = rows.map(function (r) {
    return r.getAttribute('data-batch-id');
  });
  var chain = fetch('/transparency/chain?ids=' + ids.join(','), { cache: 'no-store' })
    .then(function (r) {
      if (!r.ok) return { error: 'server', status: r.status };
      return r.json().then(function (j) {
        return { batches: j.batches || {} };
      });
    })
    .catch(function () {
      return { error: 'network' };
    });

  var counts = { verified: 0, mismatch: 0, unchecked: 0, pending: 0 };
  // Four manifests at a time: a page of large manifests does not flood the server.
  var next = 0;
  function worker() {
    if (next >= rows.length) return Promise.resolve();
    var row = rows[next++];
    var id = row.getAttribute('data-batch-id');
    return Promise.all([hashManifest(id), chain]).then(function (got) {
      var c = got[1];
      var v = verdict(id, row.getAttribute('data-state'), got[0], c.error ? c : { check: c.batches[id] });
      counts[v.kind] += 1;
      show(row, v);
      return worker();
    });
  }
  var workers = [];
  for (var i = 0; i < 4; i++) workers.push(worker());
  Promise.all(workers).then(function () {
    summary.textContent = fill(texts.summary, { count: rows.length, verified: counts.verified, mismatch: counts.mismatch, unchecked: counts.unchecked });
    if (counts.mismatch > 0) summary.className = 'mismatch';
    document.body.setAttribute('data-checked', 'true');
  });
})();
