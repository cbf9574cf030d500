// Patient web chat: one session per tab (sessionStorage), replies from POST, pushes (staff, check-ins) by WebSocket.
"use strict";
(() => {
  const texts = JSON.parse(document.getElementById("texts").textContent);
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const langSelect = document.getElementById("lang");
  const shown = new Set();
  let lang = langSelect.value;
  let session = JSON.parse(sessionStorage.getItem("vclinic.chat") || "null");
  let wrote = false;
  let socket = null;

  function t(key) { return (texts[lang] || texts.en)[key]; }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.title = t("ui.title");
    document.getElementById("title").textContent = t("ui.title");
    document.getElementById("lang-label").textContent = t("ui.language");
    document.getElementById("notice").textContent = t("ui.notice");
    document.getElementById("text-label").textContent = t("ui.input_label");
    input.placeholder = t("ui.placeholder");
    document.getElementById("send").textContent = t("ui.send");
  }

  function add(message) {
    if (message.id !== undefined) {
      if (shown.has(message.id)) return;
      shown.add(message.id);
    }
    const sender = message.sender || "bot";
    const item = document.createElement("li");
    item.className = `${sender} tone-${message.tone || "neutral"}`;
    if (message.lang) item.lang = message.script ? `${message.lang}-${message.script}` : message.lang;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = t(sender === "patient" ? "ui.you" : sender === "staff" ? "ui.staff" : "ui.assistant");
    item.append(who, document.createTextNode(message.text));
    log.append(item);
    item.scrollIntoView({ block: "end" });
  }

  async function api(path, options = {}) {
    const headers = { "Content-Type": "application/json" };
    if (session) headers.Authorization = `Bearer ${session.token}`;
    const response = await fetch(path, { ...options, headers });
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  }

  async function start() {
    const body = JSON.stringify({ lang, country: window.VCLINIC_COUNTRY });
    session = await api("/api/chat/sessions", { method: "POST", body });
    sessionStorage.setItem("vclinic.chat", JSON.stringify(session));
    log.replaceChildren();
    shown.clear();
    await load();
  }

  async function load() {
    const history = await api(`/api/chat/sessions/${session.session_id}/messages`);
    history.messages.forEach(add);
    wrote = history.messages.some((m) => m.sender === "patient");
    connect();
  }

  function connect() {
    if (socket) socket.close();
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const url = `${scheme}://${location.host}/api/chat/sessions/${session.session_id}/ws?token=${encodeURIComponent(session.token)}`;
    socket = new WebSocket(url);
    socket.onmessage = (event) => add(JSON.parse(event.data));
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    add({ text, sender: "patient", lang });
    wrote = true;
    try {
      const result = await api(`/api/chat/sessions/${session.session_id}/messages`, {
        method: "POST", body: JSON.stringify({ text, client_message_id: crypto.randomUUID() }),
      });
      result.replies.forEach(add);
    } catch (error) {
      add({ text: t("error.generic"), tone: "apologetic" });
    }
    input.focus();
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  langSelect.addEventListener("change", async () => {
    lang = langSelect.value;
    applyTexts();
    if (!wrote) await start();  // greet again in the chosen language; later the bot follows what is written
  });

  (session ? load() : start()).catch(() => start().catch(() => add({ text: t("error.generic") })));
})();
