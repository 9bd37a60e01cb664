/* The knowledge check: which questions an attempt shows, how each is drawn, read and graded.
 *
 * Every control carries stable data- attributes (documented in docs/scorm.md) so that
 * platforms and tests can drive the quiz: data-question-id / data-question-type on each
 * question, data-choice-id on options, data-answer-input on text fields, data-match-left
 * on matching selects, data-order-item and data-move on ordering entries.
 */
(function (root) {
  "use strict";

  const O = root.CurriculumObscure;
  const S = root.CurriculumStrings;

  /* ---- seeded randomness: the same seed gives the same attempt after a resume ---- */

  function mulberry32(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
  }

  function shuffled(list, rand) {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** Pool indices shown in this attempt, in display order (draw, one per group, shuffle). */
  function selectItems(quiz, seed) {
    const all = quiz.items.map((_, i) => i);
    if (!quiz.draw && !quiz.shuffle) return all;
    const order = shuffled(all, mulberry32(seed));
    let chosen = order;
    if (quiz.draw) {
      const groups = new Set();
      chosen = [];
      order.forEach((i) => {
        const group = quiz.items[i].group;
        if (chosen.length >= quiz.draw || (group && groups.has(group))) return;
        if (group) groups.add(group);
        chosen.push(i);
      });
    }
    return quiz.shuffle ? chosen : chosen.slice().sort((a, b) => a - b);
  }

  function choiceOrder(quiz, item, seed, list) {
    if (!quiz.shuffle) return list.slice();
    return shuffled(list, mulberry32((seed ^ fnv1a(item.id)) >>> 0));
  }

  /* ---- DOM helpers ---- */

  function h(tag, attrs, children) {
    const el = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([name, value]) => {
      if (value === true) el.setAttribute(name, "");
      else if (value !== false && value !== null && value !== undefined) {
        el.setAttribute(name, String(value));
      }
    });
    (children || []).forEach((child) => {
      el.append(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return el;
  }

  /* Author HTML in the payload was rendered from Markdown with raw HTML escaped, images
   * disabled and only http(s)/mailto/# links kept (curriculum.rendering); it is the same
   * HTML the JSON package ships, so it is inserted as markup. */
  function authored(tag, attrs, html) {
    const el = h(tag, attrs);
    el.innerHTML = html;
    el.querySelectorAll("a[href]").forEach((link) => {
      if (/^https?:/i.test(link.getAttribute("href"))) newTab(link);
    });
    return el;
  }

  /* Leaving the SCO's frame would end the session: external links open a new tab, and say so. */
  function newTab(link) {
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.append(" ", h("span", { class: "visually-hidden" }, [S.newTab]));
    return link;
  }

  function plainText(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    return template.content.textContent.trim();
  }

  /* ---- rendering ---- */

  function render(ctx, item, position, total, saved, onChange) {
    const base = "q" + position;
    const section = h("section", {
      class: "question", id: "question-" + item.id, tabindex: -1, "aria-labelledby": base + "-l",
      "data-question-id": item.id, "data-question-type": item.type,
      "data-question-index": position,
    });
    const fieldset = h("fieldset", { "aria-describedby": base + "-prompt" });
    fieldset.append(h("legend", { id: base + "-l" }, [ctx.ui.question(position, total)]));
    fieldset.append(authored("div", { class: "prompt", id: base + "-prompt" }, item.prompt_html));
    RENDER[item.type](ctx, fieldset, item, base, saved, onChange);
    section.append(fieldset, h("div", { class: "review" }));
    return section;
  }

  function optionList(fieldset, base, kind, options, checked, onChange) {
    const list = h("ul", { class: "options" });
    options.forEach((option, i) => {
      const id = base + "-o" + i;
      const input = h("input", { type: kind, id, name: base, value: option.id,
        "data-choice-id": option.id });
      input.checked = checked(option.id);
      input.addEventListener("change", onChange);
      list.append(h("li", {}, [input, authored("label", { for: id }, option.html)]));
    });
    fieldset.append(list);
  }

  function textField(ctx, fieldset, base, saved, onChange, options) {
    const id = base + "-answer";
    const attrs = { id, "data-answer-input": true, "aria-describedby": base + "-prompt",
      maxlength: options.maxlength, autocomplete: "off" };
    let input;
    if (options.multiline) input = h("textarea", Object.assign({ rows: 5 }, attrs));
    else input = h("input", Object.assign({ type: "text", inputmode: options.inputmode }, attrs));
    input.value = saved === null || saved === undefined ? "" : String(saved);
    input.addEventListener("input", onChange);
    const row = h("p", { class: "answer" }, [h("label", { for: id }, [ctx.ui.yourAnswer]), " ",
      input]);
    if (options.unit) row.append(" ", h("span", { class: "unit" }, [options.unit]));
    fieldset.append(row);
  }

  const RENDER = {
    single_choice(ctx, fs, item, base, saved, onChange) {
      const options = choiceOrder(ctx.quiz, item, ctx.seed, item.choices);
      optionList(fs, base, "radio", options, (id) => saved === id, onChange);
    },
    multiple_choice(ctx, fs, item, base, saved, onChange) {
      const options = choiceOrder(ctx.quiz, item, ctx.seed, item.choices);
      const chosen = new Set(Array.isArray(saved) ? saved : []);
      optionList(fs, base, "checkbox", options, (id) => chosen.has(id), onChange);
    },
    true_false(ctx, fs, item, base, saved, onChange) {
      const options = [{ id: "true", html: "" }, { id: "false", html: "" }];
      optionList(fs, base, "radio", options, (id) => saved === id, onChange);
      fs.querySelectorAll("label").forEach((label, i) => {
        label.textContent = i === 0 ? ctx.ui.true : ctx.ui.false;
      });
    },
    fill_blank(ctx, fs, item, base, saved, onChange) {
      textField(ctx, fs, base, saved, onChange, { maxlength: 250 });
    },
    numeric(ctx, fs, item, base, saved, onChange) {
      textField(ctx, fs, base, saved, onChange,
        { maxlength: 40, inputmode: "decimal", unit: item.unit });
      const input = fs.querySelector("[data-answer-input]");
      const hint = h("p", { class: "note error-message", id: base + "-hint", hidden: true },
        [ctx.ui.notANumber]);
      input.setAttribute("aria-describedby", base + "-prompt " + base + "-hint");
      const check = () => {
        const bad = input.value.trim() !== "" && parseNumber(input.value) === null;
        input.setAttribute("aria-invalid", bad ? "true" : "false");
        hint.hidden = !bad;
      };
      input.addEventListener("input", check);
      fs.append(hint);
      check();
    },
    short_answer(ctx, fs, item, base, saved, onChange) {
      textField(ctx, fs, base, saved, onChange,
        { multiline: true, maxlength: ctx.version === "1.2" ? 255 : 4000 });
      fs.append(h("p", { class: "note" }, [ctx.ui.notScoredNote]));
    },
    matching(ctx, fs, item, base, saved, onChange) {
      const rights = choiceOrder(ctx.quiz, item, ctx.seed, item.rights);
      const list = h("ul", { class: "matching" });
      item.lefts.forEach((left, i) => {
        const id = base + "-m" + i;
        const select = h("select", { id, "data-match-left": left.id });
        select.append(h("option", { value: "" }, [ctx.ui.choose]));
        rights.forEach((right) => {
          select.append(h("option", { value: right.id, "data-choice-id": right.id },
            [plainText(right.html)]));
        });
        select.value = (saved && saved[left.id]) || "";
        select.addEventListener("change", onChange);
        list.append(h("li", {}, [authored("label", { for: id }, left.html), select]));
      });
      fs.append(list);
    },
    ordering(ctx, fs, item, base, saved, onChange) {
      const byId = new Map(item.choices.map((c) => [c.id, c]));
      let order = Array.isArray(saved) ? saved.filter((id) => byId.has(id)) : null;
      if (!order || order.length !== item.choices.length) {
        order = choiceOrder(ctx.quiz, item, ctx.seed, item.choices).map((c) => c.id);
        if (O.responseHash(ctx.quiz.salt, item.id, order.join(",")) === item.key) {
          order.push(order.shift()); // never start an attempt in the correct order
        }
      }
      const list = h("ol", { class: "ordering", "data-order-list": true,
        "data-touched": Array.isArray(saved) ? "true" : "false" });
      order.forEach((id) => list.append(orderEntry(ctx, byId.get(id), list, onChange)));
      fs.append(h("p", { class: "note" }, [ctx.ui.orderingHelp]), list);
      edges(list);
    },
  };

  function orderEntry(ctx, choice, list, onChange) {
    const text = plainText(choice.html);
    const up = h("button", { type: "button", "data-move": "up",
      "aria-label": ctx.ui.moveUp(text) }, ["\u2191"]);
    const down = h("button", { type: "button", "data-move": "down",
      "aria-label": ctx.ui.moveDown(text) }, ["\u2193"]);
    const entry = h("li", { "data-order-item": choice.id },
      [authored("span", { class: "text" }, choice.html), h("span", { class: "moves" },
        [up, down])]);
    const move = (delta, button) => {
      const sibling = delta < 0 ? entry.previousElementSibling : entry.nextElementSibling;
      if (!sibling) return;
      if (delta < 0) list.insertBefore(entry, sibling);
      else list.insertBefore(sibling, entry);
      list.setAttribute("data-touched", "true");
      edges(list);
      (button.disabled ? (button === up ? down : up) : button).focus();
      const position = Array.prototype.indexOf.call(list.children, entry) + 1;
      ctx.announce(ctx.ui.moved(text, position, list.children.length));
      onChange();
    };
    up.addEventListener("click", () => move(-1, up));
    down.addEventListener("click", () => move(1, down));
    return entry;
  }

  /* The first entry cannot move up, the last cannot move down. */
  function edges(list) {
    const entries = Array.from(list.children);
    entries.forEach((entry, i) => {
      entry.querySelector('[data-move="up"]').disabled = i === 0;
      entry.querySelector('[data-move="down"]').disabled = i === entries.length - 1;
    });
  }

  /* ---- reading answers ---- */

  /** The learner's answer to ``item`` (null when unanswered), as stored in suspend_data. */
  function response(item, el) {
    const checked = (kind) => Array.from(el.querySelectorAll("input[" + kind + "]:checked"),
      (input) => input.getAttribute(kind));
    const text = () => {
      const value = el.querySelector("[data-answer-input]").value;
      return value.trim() ? value : null;
    };
    switch (item.type) {
      case "single_choice":
      case "true_false":
        return checked("data-choice-id")[0] || null;
      case "multiple_choice": {
        const ids = checked("data-choice-id").sort();
        return ids.length ? ids : null;
      }
      case "matching": {
        const pairs = {};
        el.querySelectorAll("select[data-match-left]").forEach((select) => {
          if (select.value) pairs[select.getAttribute("data-match-left")] = select.value;
        });
        return Object.keys(pairs).length ? pairs : null;
      }
      case "ordering": {
        const list = el.querySelector("[data-order-list]");
        if (list.getAttribute("data-touched") !== "true") return null;
        return Array.from(list.children, (li) => li.getAttribute("data-order-item"));
      }
      case "numeric": {
        const value = text();
        return value !== null && parseNumber(value) !== null ? value : null;
      }
      default:
        return text();
    }
  }

  /** True when a typed number cannot be read (it is not submitted as an answer). */
  function invalid(item, el) {
    return item.type === "numeric" &&
      el.querySelector("[data-answer-input]").getAttribute("aria-invalid") === "true";
  }

  /* Learners may type Arabic-Indic (U+0660-0669) or Persian (U+06F0-06F9) digits, the
     Arabic decimal separator U+066B or thousands separator U+066C, and a minus sign. */
  function westernDigits(text) {
    return String(text)
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/\u066b/g, ".").replace(/\u066c/g, "").replace(/\u2212/g, "-");
  }

  function parseNumber(text) {
    const cleaned = westernDigits(text).trim().replace(/\s/g, "").replace(",", ".");
    if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
    return parseFloat(cleaned);
  }

  function canonical(item, answer) {
    switch (item.type) {
      case "multiple_choice": return answer.slice().sort().join(",");
      case "matching": return Object.keys(answer).sort().map((k) => k + "=" + answer[k]).join(",");
      case "ordering": return answer.join(",");
      case "fill_blank": return O.normaliseText(answer);
      default: return String(answer);
    }
  }

  /** "correct", "wrong" or "neutral" (short answers are never scored). */
  function grade(quiz, item, answer) {
    if (item.type === "short_answer") return "neutral";
    if (answer === null) return "wrong";
    if (item.type === "numeric") {
      const value = parseNumber(answer);
      const [low, high] = JSON.parse(O.revealText(quiz.salt, item.id + "|range", item.range));
      const slack = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
      return value !== null && value >= low - slack && value <= high + slack ? "correct" : "wrong";
    }
    const hash = O.responseHash(quiz.salt, item.id, canonical(item, answer));
    const keys = item.keys || [item.key];
    return keys.indexOf(hash) >= 0 ? "correct" : "wrong";
  }

  /** What the learner may see after submitting: explanation, general and chosen feedback. */
  function revealed(quiz, item) {
    return item.reveal ? JSON.parse(O.revealText(quiz.salt, item.id, item.reveal)) : {};
  }

  root.CurriculumQuiz = { selectItems, render, response, invalid, grade, revealed, parseNumber,
    mulberry32, h, authored, plainText, newTab, choiceOrder };
})(window);
