// Screenings that cannot be sent are kept in this browser until they can: encrypted with AES-GCM under a
// non-extractable key held in IndexedDB (see docs/decisions/0011-offline-screening-queue.md). Plain JS, no build.
(function () {
  "use strict";

  var DB_NAME = "nadiya-screenings";
  var KEY_ID = "aes-gcm-1";
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  function supported() {
    return !!(window.indexedDB && window.crypto && window.crypto.subtle && window.isSecureContext);
  }

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore("keys");
        request.result.createObjectStore("queue", { keyPath: "ref" });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(db, store, mode, action) {
    return new Promise(function (resolve, reject) {
      var t = db.transaction(store, mode);
      var request = action(t.objectStore(store));
      t.oncomplete = function () { resolve(request ? request.result : undefined); };
      t.onerror = function () { reject(t.error); };
      t.onabort = function () { reject(t.error); };
    });
  }

  // One key per browser profile; "add" keeps the first if two tabs race, so nothing is encrypted with a lost key.
  async function key(db) {
    var existing = await run(db, "keys", "readonly", function (s) { return s.get(KEY_ID); });
    if (existing) {
      return existing;
    }
    var created = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    try {
      await run(db, "keys", "readwrite", function (s) { return s.add(created, KEY_ID); });
      return created;
    } catch (e) {
      return run(db, "keys", "readonly", function (s) { return s.get(KEY_ID); });
    }
  }

  async function keep(payload) {
    var db = await openDb();
    var k = await key(db);
    var iv = crypto.getRandomValues(new Uint8Array(12));
    // The reference is authenticated data: an entry copied under another reference does not decrypt.
    var data = await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv, additionalData: encoder.encode(payload.clientRef) },
      k, encoder.encode(JSON.stringify(payload)));
    await run(db, "queue", "readwrite", function (s) { return s.put({ ref: payload.clientRef, iv: iv, data: data }); });
  }

  async function entries() {
    var db = await openDb();
    var k = await key(db);
    var stored = await run(db, "queue", "readonly", function (s) { return s.getAll(); });
    var open = [];
    for (var i = 0; i < stored.length; i++) {
      var plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: stored[i].iv,
        additionalData: encoder.encode(stored[i].ref) }, k, stored[i].data);
      open.push(JSON.parse(decoder.decode(plain)));
    }
    return open;
  }

  async function forget(ref) {
    var db = await openDb();
    await run(db, "queue", "readwrite", function (s) { return s["delete"](ref); });
  }

  async function count() {
    var db = await openDb();
    return run(db, "queue", "readonly", function (s) { return s.count(); });
  }

  function csrfHeaders() {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // {ok, status, body}; status 0 when the network failed.
  async function send(url, payload) {
    try {
      var response = await fetch(url, { method: "POST", credentials: "same-origin", headers: csrfHeaders(),
        body: JSON.stringify(payload) });
      var body = null;
      try { body = await response.json(); } catch (e) { body = null; }
      return { ok: response.ok, status: response.status, body: body };
    } catch (e) {
      return { ok: false, status: 0, body: null };
    }
  }

  function newRef() {
    if (crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).substring(1); }).join("");
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
  }

  function payloadOf(form) {
    var payload = { answers: {}, consent: null, proceedingId: null };
    new FormData(form).forEach(function (value, name) {
      if (name.indexOf("a.") === 0) {
        payload.answers[name.substring(2)] = value;
      } else if (name === "consent") {
        payload.consent = value === "yes";
      } else if (name === "proceedingId") {
        payload.proceedingId = value === "" ? null : Number(value);
      } else if (name.charAt(0) !== "_") {
        payload[name] = value === "" ? null : value;
      }
    });
    return payload;
  }

  var status = document.getElementById("offline-status");
  var sendNow = document.getElementById("offline-send");

  function say(attribute, value) {
    if (!status) {
      return;
    }
    status.textContent = status.getAttribute(attribute).replace("{0}", value);
    status.hidden = false;
  }

  async function showWaiting() {
    var n = await count();
    if (sendNow) {
      sendNow.hidden = n === 0;
    }
    if (n > 0) {
      say("data-waiting", n);
    }
    return n;
  }

  var flushing = false;

  async function flush(url) {
    if (flushing || !supported()) {
      return;
    }
    flushing = true;
    try {
      var queued = await entries();
      var sent = 0;
      for (var i = 0; i < queued.length; i++) {
        var result = await send(url, queued[i]);
        if (result.ok) {
          await forget(queued[i].clientRef);
          sent++;
        } else if (result.status === 0 || result.status >= 500 || result.status === 401) {
          break; // still offline, or signed out: keep everything and try later
        } else {
          say("data-rejected", result.body && result.body.field ? result.body.field : result.status);
        }
      }
      var left = await showWaiting();
      if (sent > 0 && left === 0) {
        say("data-sent", sent);
      }
    } finally {
      flushing = false;
    }
  }

  var form = document.getElementById("screening-form");
  var apiUrl = form ? form.getAttribute("data-api") : null;
  var resultElement = document.getElementById("signal");
  if (!apiUrl) {
    var meta = document.querySelector("script[src*='screening-queue']");
    apiUrl = meta ? meta.getAttribute("src").replace(/js\/screening-queue\.js.*$/, "api/v1/screenings") : null;
  }

  if (form) {
    var refField = document.getElementById("clientRef");
    if (!refField.value) {
      refField.value = newRef();
    }
    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      var payload = payloadOf(form);
      var kept = false;
      if (supported()) {
        try { await keep(payload); kept = true; } catch (e) { kept = false; }
      }
      var result = await send(apiUrl, payload);
      if (result.ok) {
        if (kept) {
          await forget(payload.clientRef);
        }
        window.location.href = form.getAttribute("data-result") + result.body.ref;
      } else if (result.status === 400 || !kept) {
        form.submit(); // the server shows what is wrong, field by field (the kept copy is replaced on re-send)
      } else {
        say("data-saved", "");
        if (sendNow) {
          sendNow.hidden = false;
        }
      }
    });
    if (!supported()) {
      say("data-unsupported", "");
    }
  }

  if (sendNow) {
    sendNow.addEventListener("click", function () { flush(apiUrl); });
  }
  window.addEventListener("online", function () { flush(apiUrl); });

  (async function () {
    if (!supported()) {
      return;
    }
    if (resultElement && resultElement.getAttribute("data-client-ref")) {
      await forget(resultElement.getAttribute("data-client-ref"));
    }
    await showWaiting();
    await flush(apiUrl);
  })();
})();
