/*
 * keccak256 (the Ethereum hash: Keccak-f[1600], rate 136 bytes, padding 0x01 ... 0x80, not
 * SHA3-256's 0x06) in plain JavaScript, so the transparency page re-hashes manifests in the
 * visitor's browser without trusting this server's code for anything but these lines.
 * Each 64-bit lane is two 32-bit halves (lo, hi): no BigInt, fast enough for large manifests.
 * Defines globalThis.tnetKeccak256(bytesOrString) -> "0x" + 64 hex digits.
 */
(function (root) {
  'use strict';

  // Round constants, as [lo, hi] pairs.
  var RC = [
    0x00000001, 0x00000000, 0x00008082, 0x00000000, 0x0000808a, 0x80000000, 0x80008000, 0x80000000,
    0x0000808b, 0x00000000, 0x80000001, 0x00000000, 0x80008081, 0x80000000, 0x00008009, 0x80000000,
    0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000, 0x8000000a, 0x00000000,
    0x8000808b, 0x00000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003, 0x80000000,
    0x00008002, 0x80000000, 0x00000080, 0x80000000, 0x0000800a, 0x00000000, 0x8000000a, 0x80000000,
    0x80008081, 0x80000000, 0x00008080, 0x80000000, 0x80000001, 0x00000000, 0x80008008, 0x80000000,
  ];
  // Rotation of lane x + 5y (rho).
  var ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
  // Where lane x + 5y goes (pi): to y + 5((2x + 3y) mod 5).
  var PI = [];
  for (var y0 = 0; y0 < 5; y0++) for (var x0 = 0; x0 < 5; x0++) PI[x0 + 5 * y0] = y0 + 5 * ((2 * x0 + 3 * y0) % 5);

  var RATE = 136;

  function permute(s) {
    var c = new Int32Array(10);
    var b = new Int32Array(50);
    for (var round = 0; round < 24; round++) {
      // theta
      for (var x = 0; x < 5; x++) {
        c[2 * x] = s[2 * x] ^ s[2 * x + 10] ^ s[2 * x + 20] ^ s[2 * x + 30] ^ s[2 * x + 40];
        c[2 * x + 1] = s[2 * x + 1] ^ s[2 * x + 11] ^ s[2 * x + 21] ^ s[2 * x + 31] ^ s[2 * x + 41];
      }
      for (x = 0; x < 5; x++) {
        var l1 = c[2 * ((x + 1) % 5)];
        var h1 = c[2 * ((x + 1) % 5) + 1];
        // D[x] = C[x-1] ^ rot(C[x+1], 1)
        var dl = c[2 * ((x + 4) % 5)] ^ ((l1 << 1) | (h1 >>> 31));
        var dh = c[2 * ((x + 4) % 5) + 1] ^ ((h1 << 1) | (l1 >>> 31));
        for (var y = 0; y < 25; y += 5) {
          s[2 * (x + y)] ^= dl;
          s[2 * (x + y) + 1] ^= dh;
        }
      }
      // rho and pi
      for (var i = 0; i < 25; i++) {
        var lo = s[2 * i];
        var hi = s[2 * i + 1];
        var n = ROT[i];
        var rl;
        var rh;
        if (n === 0) {
          rl = lo;
          rh = hi;
        } else if (n < 32) {
          rl = (lo << n) | (hi >>> (32 - n));
          rh = (hi << n) | (lo >>> (32 - n));
        } else if (n === 32) {
          rl = hi;
          rh = lo;
        } else {
          var m = n - 32;
          rl = (hi << m) | (lo >>> (32 - m));
          rh = (lo << m) | (hi >>> (32 - m));
        }
        b[2 * PI[i]] = rl;
        b[2 * PI[i] + 1] = rh;
      }
      // chi
      for (y = 0; y < 25; y += 5) {
        for (x = 0; x < 5; x++) {
          var a1 = 2 * (y + ((x + 1) % 5));
          var a2 = 2 * (y + ((x + 2) % 5));
          s[2 * (y + x)] = b[2 * (y + x)] ^ (~b[a1] & b[a2]);
          s[2 * (y + x) + 1] = b[2 * (y + x) + 1] ^ (~b[a1 + 1] & b[a2 + 1]);
        }
      }
      // iota
      s[0] ^= RC[2 * round];
      s[1] ^= RC[2 * round + 1];
    }
  }

  function utf8(text) {
    return new TextEncoder().encode(text);
  }

  function keccak256(input) {
    var bytes = typeof input === 'string' ? utf8(input) : input;
    var len = bytes.length;
    // Padded to whole blocks: 0x01 after the message, 0x80 in the block's last byte (0x81 when they meet).
    var total = (Math.floor(len / RATE) + 1) * RATE;
    var msg = new Uint8Array(total);
    msg.set(bytes);
    msg[len] ^= 0x01;
    msg[total - 1] ^= 0x80;
    var s = new Int32Array(50);
    for (var off = 0; off < total; off += RATE) {
      for (var w = 0; w < RATE / 4; w++) {
        var p = off + 4 * w;
        s[w] ^= msg[p] | (msg[p + 1] << 8) | (msg[p + 2] << 16) | (msg[p + 3] << 24);
      }
      permute(s);
    }
    var hex = '0x';
    for (var k = 0; k < 8; k++) {
      var word = s[k];
      for (var j = 0; j < 4; j++) hex += ((word >>> (8 * j)) & 0xff).toString(16).padStart(2, '0');
    }
    return hex;
  }

  root.tnetKeccak256 = keccak256;
})(typeof globalThis !== 'undefined' ? globalThis : this);
