// triage review page: one report at a time, one key per answer. No external code; text only via textContent.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let current = null;     // the item shown
  let history = [];       // ids answered in this session, for <- (previous)
  let backIndex = -1;     // position in history while going back (-1: at the queue's head)
  const KEYS = { b: "bleed", n: "no_bleed", u: "uncertain", s: "skip" };

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function status(text, error) {
    $("status").textContent = text || "";
    $("status").className = error ? "error" : "";
  }

  async function api(path, body) {
    const init = { credentials: "same-origin", headers: { "X-Triage-Review": "1" } };
    if (body !== undefined) {
      init.method = "POST";
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const data = await response.json();
    if (!response.ok) throw new Error(data.error || ("HTTP " + response.status));
    return data;
  }

  // A text into `box` with the rule tier's evidence spans and the deciding window marked.
  function renderText(box, text, evidence, win) {
    box.replaceChildren();
    const cuts = new Set([0, text.length]);
    (evidence || []).forEach((e) => { cuts.add(e[0]); cuts.add(e[1]); });
    if (win) { cuts.add(win[0]); cuts.add(win[1]); }
    const points = Array.from(cuts).filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      if (a === b) continue;
      let node = document.createTextNode(text.slice(a, b));
      const ev = (evidence || []).find((e) => e[0] <= a && b <= e[1]);
      if (ev) {
        const span = el("mark", "ev " + ev[3]);
        span.title = ev[2] + " (" + ev[3] + ")";
        span.appendChild(node);
        node = span;
      }
      if (win && win[0] <= a && b <= win[1]) {
        const w = el("span", "win");
        w.appendChild(node);
        node = w;
      }
      box.appendChild(node);
    }
  }

  function render(data) {
    $("who").textContent = "reviewer: " + data.reviewer;
    const p = data.progress;
    $("progress").textContent = p.mine + " answered by you · " + p.open + " of " + p.total + " still need a reader";
    current = data.item;
    if (!current) {
      $("main").hidden = true;
      $("done").hidden = false;
      return;
    }
    $("main").hidden = false;
    $("done").hidden = true;
    const it = current;
    const meta = $("meta");
    meta.replaceChildren();
    const add = (label, value) => {
      if (value === null || value === undefined || value === "") return;
      const s = el("span", null, label + " ");
      s.appendChild(el("b", null, String(value)));
      meta.appendChild(s);
    };
    add("Report", "#" + it.id);
    add("Accession", it.accession);
    add("Procedure", it.procedure_code);
    add("Document", it.document_type);
    add("Queue", it.queue === "active" ? "active: " + (it.reason || "").replaceAll("_", " ") : "random sample");
    if (it.readers === 2) add("Reading", "double");
    const dec = $("decision");
    dec.replaceChildren();
    if (it.blind) {
      dec.appendChild(el("span", null, "Blind reading: the product's decision is hidden for this plan."));
    } else {
      const v = el("span", "verdict " + (it.prediction ? "positive" : "negative"),
        "Product: " + (it.prediction ? "POSITIVE" : "negative") + " (" + it.policy + ")");
      dec.appendChild(v);
      if (it.priority) {
        const pr = el("span", "priority " + it.priority, "priority: " + it.priority.toUpperCase());
        pr.id = "priority";
        pr.title = "the worklist priority the Flag would carry (README, Worklist priority)";
        dec.appendChild(pr);
      }
      dec.appendChild(el("span", null, "decided by: " + it.decided_by));
      dec.appendChild(el("span", null, "network " + it.probability.toFixed(3) + " (threshold " + Number(it.threshold).toFixed(3) + ")"));
      dec.appendChild(el("span", null, "rules: " + it.rule_assertion));
      if (it.unknown_share > 0) dec.appendChild(el("span", null, "unknown words " + Math.round(it.unknown_share * 100) + "%"));
    }
    renderText($("report"), it.scored_text, it.blind ? [] : it.evidence, it.blind ? null : it.window);
    // decided by FINDINGS: the conclusion holds no bleed to mark, so the sentence of the FINDINGS that
    // decided is shown with its evidence, as the conclusion's is
    const fe = !it.blind && it.findings_evidence;
    $("findings").hidden = !fe;
    if (fe) {
      $("findings-label").textContent = "Decided by this FINDINGS sentence (the conclusion mentions no bleed):";
      renderText($("findings-sentence"), fe.sentence, fe.evidence, null);
    }
    const legend = $("legend");
    legend.replaceChildren();
    if (!it.blind) {
      legend.appendChild(el("span", "ev", "rule evidence (affirmed/uncertain)"));
      legend.appendChild(el("span", "ev negated", "negated/extracranial"));
      legend.appendChild(el("span", "ev historical", "historical/hypothetical"));
      legend.appendChild(el("span", "win", "network's deciding window"));
    }
    $("fulltext").textContent = it.text;
    $("full").open = false;
    $("note").value = (data.answer && data.answer.note) || "";
    document.querySelectorAll("#answers button").forEach((b) => {
      b.classList.toggle("chosen", !!data.answer && b.dataset.answer === data.answer.answer);
    });
    $("report").scrollTop = 0;
    $("report").focus({ preventScroll: true });
  }

  async function load() {
    try {
      backIndex = -1;
      render(await api("/api/next"));
      status("");
    } catch (err) { status("Could not load the next report: " + err.message, true); }
  }

  async function answer(value) {
    if (!current) return;
    const id = current.id;
    try {
      const data = await api("/api/label", { item: id, answer: value, note: $("note").value });
      if (history[history.length - 1] !== id) history = history.filter((x) => x !== id).concat([id]);
      status("Saved " + value.replace("_", " ") + " for report #" + id + ".");
      backIndex = -1;
      render(data);
    } catch (err) { status("Not saved: " + err.message, true); }
  }

  async function previous() {
    if (!history.length) { status("No earlier answer in this session."); return; }
    backIndex = backIndex < 0 ? history.length - 1 : Math.max(0, backIndex - 1);
    try {
      render(await api("/api/item/" + history[backIndex]));
      status("Your earlier answer to report #" + history[backIndex] + " (answer again to change it, → for the next unanswered).");
    } catch (err) { status(err.message, true); }
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const inNote = event.target === $("note");
    if (inNote) {
      if (event.key === "Escape" || event.key === "Enter") { event.preventDefault(); $("note").blur(); $("report").focus(); }
      return;
    }
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (KEYS[key]) { event.preventDefault(); answer(KEYS[key]); }
    else if (key === "/") { event.preventDefault(); $("note").focus(); }
    else if (key === "ArrowLeft" || key === "Backspace") { event.preventDefault(); previous(); }
    else if (key === "ArrowRight") { event.preventDefault(); load(); }
    else if (key === "f") { event.preventDefault(); $("full").open = !$("full").open; }
  });
  document.querySelectorAll("#answers button").forEach((b) => b.addEventListener("click", () => answer(b.dataset.answer)));
  load();
})();
