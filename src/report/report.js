/* report.js: the interaction of a bloc report, in plain JavaScript (no framework, no build).
 *
 * - A search box that finds entities as `bloc find` does: the same fields, the same folding of
 *   case and accents, the same ranking.
 * - Hovering over or selecting an entity highlights it, and what it is tied to, in every figure
 *   and table; clicking it opens its card.
 * - Tables sort by any column, filter by text and copy as CSV; figures download as SVG and PNG.
 *
 * The page's data is the JSON of the element #bloc-data. The figures are bloc render's SVG: their
 * ids name the entities they draw ("n-" node, "e-" line, "c-" cell of the gaps matrix, "t-" box
 * of the timeline), each part encoded as bloc encodes it (letters, digits and '-' kept, every
 * other byte as '_' and two hex digits, a long part cut and followed by "_h" and a hash).
 */
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');
  var data = JSON.parse(document.getElementById('bloc-data').textContent);
  var entities = data.entities;
  var lang = root.getAttribute('lang') || 'en';

  /* ---- Words ---------------------------------------------------------------------------- */

  /* The words come translated in the page's data, by their English (bloc's catalogs). */
  function word(key) {
    return Object.prototype.hasOwnProperty.call(data.words, key) ? data.words[key] : key;
  }

  /* @text with its %s, %u and %d replaced by @args, in order. */
  function fill(text, args) {
    var next = 0;
    return text.replace(/%[sud%]/g, function (m) {
      return m === '%%' ? '%' : String(args[next++]);
    });
  }

  /* The word @key with its %s, %u and %d replaced by the arguments that follow. */
  function format(key) {
    return fill(word(key), Array.prototype.slice.call(arguments, 1));
  }

  /* The word @key (its English plural) in the form that goes with the number @n, with its %s, %u
   * and %d replaced by the arguments that follow. The data gives the index of each form for n
   * below a bound, and the catalogs' plural rules give n past it the form of 100 + n % 100. */
  function formatCount(key, n) {
    var p = data.plurals[key];
    var text = key;
    if (p) {
      var i = n < p.of.length ? n : 100 + n % 100;
      text = p.forms[p.of[i]];
    }
    return fill(text, Array.prototype.slice.call(arguments, 2));
  }

  /* ---- Folding and search, as bloc_text_fold() and bloc_find() -------------------------- */

  /* Full case folding differs from lower case in a few letters; NFKD already maps the others
   * (long s, ligatures, the Kelvin and micro signs). */
  var foldSpecial = { 'ß': 'ss', 'ς': 'σ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ',
                      'ϱ': 'ρ', 'ϵ': 'ε', 'ẞ': 'ss' };
  var foldSpecialRe = /[ßςϐϑϕϖϰϱϵẞ]/g;

  function caseFold(s) {
    return s.toLowerCase().replace(foldSpecialRe, function (c) { return foldSpecial[c]; });
  }

  /* bloc_text_fold(): compatibility decomposition (NFKD), without combining marks, case-folded.
   * toLowerCase, not toLocaleLowerCase: bloc folds the same whatever the language. */
  function fold(s) {
    return caseFold(s.normalize('NFKD').replace(/\p{M}/gu, ''));
  }

  /* The words of @s as GLib's g_str_tokenize_and_fold() cuts them: runs of letters, digits and
   * marks, each NFKC-normalised, with the Turkish dotless and dotted i as i, case-folded. */
  function tokens(s) {
    return (s.match(/[\p{L}\p{N}\p{M}]+/gu) || []).map(function (t) {
      return caseFold(t.normalize('NFKC').replace(/[ıİ]/g, 'i'));
    });
  }

  /* Letters that do not decompose to ASCII, written as GLib's transliteration writes them. */
  var translit = { 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'æ': 'ae',
                   'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ß': 'ss', 'þ': 'th', 'Þ': 'TH', 'ð': 'd',
                   'Ð': 'D', 'ħ': 'h', 'Ħ': 'H', 'ı': 'i', 'ŧ': 't', 'Ŧ': 'T', 'ŀ': 'l',
                   'ĸ': 'q', 'ŋ': 'n', 'Ŋ': 'N' };

  /* The ASCII spelling of a word, or null when it has none made of letters and digits. */
  function asciiAlternate(t) {
    var out = '';
    for (var c of t.normalize('NFKC')) {
      if (c.charCodeAt(0) < 128) {
        out += c;
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(translit, c)) {
        out += translit[c];
        continue;
      }
      var bare = c.normalize('NFD').replace(/\p{M}/gu, '');
      out += /^[\x00-\x7f]+$/.test(bare) ? bare : '?';
    }
    return /^[A-Za-z0-9]+$/.test(out) ? out : null;
  }

  /* g_str_match_string (term, value, TRUE): every word of @term starts a word of @value, or of
   * the ASCII spelling of one of its words. */
  function matchWords(term, value) {
    var want = tokens(term);
    var have = tokens(value);
    if (!/^[\x00-\x7f]*$/.test(value))
      have = have.concat(have.filter(function (t) { return !/^[\x00-\x7f]*$/.test(t); })
        .map(asciiAlternate).filter(function (t) { return t !== null; }));
    return want.every(function (w) {
      return have.some(function (h) { return h.startsWith(w); });
    });
  }

  var FIELD_ID = 0, FIELD_NAME = 1, FIELD_OTHER_NAME = 2;
  var MATCH_ID = 0, MATCH_ID_PREFIX = 1, MATCH_NAME_PREFIX = 2, MATCH_TEXT = 3;
  var matchNames = ['id', 'id_prefix', 'name_prefix', 'text'];

  function matchValue(q, field, value) {
    var folded = fold(value);
    if (field === FIELD_ID) {
      if (folded === q.folded)
        return MATCH_ID;
      if (folded.startsWith(q.folded))
        return MATCH_ID_PREFIX;
    } else if (field === FIELD_NAME || field === FIELD_OTHER_NAME) {
      if (folded.startsWith(q.folded))
        return MATCH_NAME_PREFIX;
    }
    if (folded.includes(q.folded) || (q.hasWords && matchWords(q.text, value)))
      return MATCH_TEXT;
    return -1;
  }

  /* bloc_find(): every entity once, by its best match, ranked by the kind of match, then by the
   * field, then by id (the entities come in id order). */
  function find(text) {
    var stripped = text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');
    /* A text without a word ("--") matches only where it stands, as in bloc_find(). */
    var q = { text: stripped, folded: fold(stripped), hasWords: tokens(stripped).length > 0 };
    if (q.folded === '')
      return [];
    var hits = [];
    entities.forEach(function (e, index) {
      var best = null;
      e.fields.forEach(function (f) {
        var m = matchValue(q, f[0], f[2]);
        if (m < 0 || (best && (m > best.m || (m === best.m && f[0] >= best.field))))
          return;
        best = { index: index, m: m, field: f[0], column: f[1], value: f[2] };
      });
      if (best)
        hits.push(best);
    });
    hits.sort(function (a, b) {
      return a.m - b.m || a.field - b.field || a.index - b.index;
    });
    return hits.map(function (h) {
      return { id: entities[h.index].id, index: h.index, match: matchNames[h.m],
               field: h.column, value: h.value };
    });
  }

  /* ---- What the figures draw ------------------------------------------------------------ */

  var utf8 = new TextEncoder();

  /* An id part encoded as bloc encodes it, before any cut. */
  function encodePart(s) {
    var out = '';
    utf8.encode(s).forEach(function (b) {
      var c = String.fromCharCode(b);
      out += /[A-Za-z0-9-]/.test(c) ? c : '_' + (b < 16 ? '0' : '') + b.toString(16);
    });
    return out;
  }

  var PART_MAX = 64, PART_KEEP = 40;

  /* The cut form of a long encoded part: its first whole bytes up to PART_KEEP characters. */
  function cutPart(encoded) {
    var keep = 0;
    for (var i = 0; i < PART_KEEP;) {
      i += encoded[i] === '_' ? 3 : 1;
      if (i <= PART_KEEP)
        keep = i;
    }
    return encoded.slice(0, keep);
  }

  function hex(buffer) {
    return Array.from(new Uint8Array(buffer)).map(function (b) {
      return (b < 16 ? '0' : '') + b.toString(16);
    }).join('');
  }

  /* The entity of each encoded id part: long ids need a SHA-256, which the browser computes
   * asynchronously. */
  function entityParts() {
    var parts = new Map();
    var long = [];
    entities.forEach(function (e, i) {
      var encoded = encodePart(e.id);
      if (encoded.length <= PART_MAX)
        parts.set(encoded, i);
      else
        long.push([cutPart(encoded), i]);
    });
    if (long.length === 0 || !(window.crypto && crypto.subtle))
      return Promise.resolve(parts);
    return Promise.all(long.map(function (l) {
      return crypto.subtle.digest('SHA-256', utf8.encode(entities[l[1]].id)).then(function (h) {
        parts.set(l[0] + '_h' + hex(h).slice(0, 16), l[1]);
      });
    })).then(function () { return parts; }, function () { return parts; });
  }

  /* Everything that names entities, by entity: {el, kind, figure, first, absent}. */
  var byEntity = new Map();
  var itemOf = new WeakMap();

  function index(i, item) {
    if (!byEntity.has(i))
      byEntity.set(i, []);
    byEntity.get(i).push(item);
  }

  /* What the element ids of the figures name: a node, or the row, column or set header of a
   * matrix, incidence or UpSet figure, stands for one entity; a line joins two; a cell of a
   * matrix crosses two; a box of the timeline is one entity's joins or exits. */
  var kinds = { 'n-': 'node', 'r-': 'node', 'h-': 'node', 's-': 'node', 'e-': 'line',
                'c-': 'cell', 't-': 'event' };

  function decorateFigures(parts) {
    document.querySelectorAll('figure[data-prefix]').forEach(function (figure) {
      var prefix = figure.getAttribute('data-prefix');
      figure.querySelectorAll('svg [id]').forEach(function (g) {
        var id = g.id;
        if (!id.startsWith(prefix))
          return;
        var rest = id.slice(prefix.length);
        var kind = kinds[rest.slice(0, 2)];
        if (!kind)
          return;
        var p = rest.slice(2).split('__');
        var found = [];
        if (kind === 'event') {
          var to = parts.get(p[2]);
          if (to === undefined)
            return;
          found.push(to);
          var role = (p[3] || '').replace(/_([0-9a-f]{2})/g, function (m, h) {
            return String.fromCharCode(parseInt(h, 16));
          });
          var key = [p[0], p[1], entities[to].id, role].join(':');
          (data.events[key] || []).forEach(function (w) { found.push(w); });
        } else {
          var count = kind === 'node' ? 1 : 2;
          for (var k = 0; k < count; k++) {
            var e = parts.get(p[k]);
            if (e === undefined)
              return;
            found.push(e);
          }
        }
        g.setAttribute('data-e', found.join(' '));
        var item = { el: g, kind: kind, figure: figure, first: found[0],
                     absent: g.classList.contains('absent') };
        itemOf.set(g, item);
        found.forEach(function (e) { index(e, item); });
      });
    });
  }

  function decoratePage() {
    document.querySelectorAll('main [data-e]:not(g), .panel-body [data-e]').forEach(function (el) {
      if (el.closest('svg'))
        return;
      var kind = el.matches('a[data-e]') ? 'link' : el.matches('tr') ? 'row' :
                 el.matches('article.card') ? 'card' : 'other';
      if (kind === 'other')
        return;
      el.getAttribute('data-e').split(' ').forEach(function (e) {
        index(Number(e), { el: el, kind: kind });
      });
    });
  }

  /* ---- Highlighting --------------------------------------------------------------------- */

  var state = { selected: null, hover: null };
  var marked = [];

  function mark(el, cls) {
    el.classList.add(cls);
    marked.push([el, cls]);
  }

  function unmarkAll() {
    marked.forEach(function (m) { m[0].classList.remove(m[1]); });
    marked = [];
    document.querySelectorAll('figure.has-hl').forEach(function (f) {
      f.classList.remove('has-hl');
    });
  }

  /* Marks entity @i and what it is tied to: its node, its lines, its cells of the gaps matrix
   * (dashed where it is absent), its timeline boxes, the rows about it, its links and card; and
   * the nodes of the entities it is tied to. */
  function highlight(i) {
    unmarkAll();
    root.classList.toggle('selecting', i !== null);
    if (i === null)
      return;
    (byEntity.get(i) || []).forEach(function (item) {
      if (item.kind === 'cell' && item.absent)
        mark(item.el, 'hl-gap');
      else if (item.kind === 'node')
        mark(item.el, 'hl-self');
      else
        mark(item.el, 'hl');
      if (item.figure)
        item.figure.classList.add('has-hl');
    });
    (data.ties[i] || []).forEach(function (j) {
      (byEntity.get(j) || []).forEach(function (item) {
        if (item.kind === 'node') {
          mark(item.el, 'hl');
          item.figure.classList.add('has-hl');
        }
      });
    });
  }

  function refresh() {
    highlight(state.hover !== null ? state.hover : state.selected);
  }

  var selectedLabel = document.getElementById('selected');
  var clearButton = document.getElementById('clear-selection');

  function select(i) {
    state.selected = i;
    if (selectedLabel) {
      selectedLabel.textContent = i === null ? '' :
        word('Selected:') + ' ' + entities[i].label + ' (' + entities[i].id + ')';
    }
    if (clearButton)
      clearButton.hidden = i === null;
    refresh();
  }

  /* The single entity an element stands for, or null: a link to a card, a node of a figure, or a
   * cell of the gaps matrix (which stands for its row's entity). */
  function entityOf(el) {
    var target = el.closest ? el.closest('a[data-e], svg [data-e]') : null;
    if (!target)
      return null;
    if (target.closest('svg')) {
      var item = itemOf.get(target);
      return item && (item.kind === 'node' || item.kind === 'cell') ? item.first : null;
    }
    return Number(target.getAttribute('data-e'));
  }

  document.addEventListener('mouseover', function (ev) {
    var i = entityOf(ev.target);
    if (i !== state.hover) {
      state.hover = i;
      refresh();
    }
  });
  document.addEventListener('focusin', function (ev) {
    var i = ev.target.matches && ev.target.matches('a[data-e]') ? entityOf(ev.target) : null;
    if (i !== state.hover) {
      state.hover = i;
      refresh();
    }
  });

  /* ---- Cards ---------------------------------------------------------------------------- */

  var panel = document.getElementById('card-panel');
  var panelBody = panel.querySelector('.panel-body');
  var opener = null;

  function openCard(i) {
    var card = document.getElementById('card-' + i);
    if (!card)
      return;
    var copy = card.cloneNode(true);
    copy.removeAttribute('id');
    copy.querySelectorAll('[id]').forEach(function (el) { el.removeAttribute('id'); });
    copy.removeAttribute('aria-labelledby');
    [copy].concat(Array.from(copy.querySelectorAll('.hl'))).forEach(function (el) {
      el.classList.remove('hl');
    });
    panelBody.replaceChildren(copy);
    if (!panel.contains(document.activeElement))
      opener = document.activeElement;
    panel.hidden = false;
    panel.focus();
  }

  function closeCard() {
    panel.hidden = true;
    if (opener && opener.focus)
      opener.focus();
    opener = null;
  }

  panel.querySelector('.close').addEventListener('click', closeCard);
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && !panel.hidden)
      closeCard();
  });

  document.addEventListener('click', function (ev) {
    var i = entityOf(ev.target);
    if (i === null)
      return;
    ev.preventDefault();
    select(i);
    openCard(i);
  });

  if (clearButton)
    clearButton.addEventListener('click', function () { select(null); });

  /* ---- The search box ------------------------------------------------------------------- */

  var input = document.getElementById('find');
  var results = document.getElementById('find-results');
  var status = document.getElementById('find-status');
  var SHOWN = 50;

  function showResults() {
    var found = find(input.value);
    results.replaceChildren();
    if (input.value.trim() === '') {
      status.textContent = '';
      return;
    }
    status.textContent = found.length ? formatCount('%u found', found.length, found.length)
                                      : word('Nothing found');
    found.slice(0, SHOWN).forEach(function (hit) {
      var e = entities[hit.index];
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('data-e', String(hit.index));
      button.className = 'result';
      var name = document.createElement('bdi');
      name.textContent = e.label;
      button.append(name, ' (' + e.id + ', ' + e.kind + ')');
      if (hit.field !== 'id' && hit.field !== 'name') {
        var how = document.createElement('span');
        how.className = 'how';
        how.textContent = ' ' + format('matched %s', hit.field) + ': ';
        var value = document.createElement('bdi');
        value.textContent = hit.value.length > 80 ? hit.value.slice(0, 79) + '…' : hit.value;
        how.append(value);
        button.append(how);
      }
      button.addEventListener('click', function () {
        /* The choice made, the list gives the page back. */
        results.replaceChildren();
        status.textContent = '';
        select(hit.index);
        openCard(hit.index);
      });
      li.append(button);
      results.append(li);
    });
    if (found.length > SHOWN) {
      var more = document.createElement('li');
      more.textContent = formatCount('and %u more', found.length - SHOWN, found.length - SHOWN);
      results.append(more);
    }
  }

  input.addEventListener('input', showResults);
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      var first = results.querySelector('button.result');
      if (first)
        first.click();
    } else if (ev.key === 'ArrowDown') {
      var next = results.querySelector('button.result');
      if (next) {
        ev.preventDefault();
        next.focus();
      }
    }
  });
  results.addEventListener('keydown', function (ev) {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp')
      return;
    var buttons = Array.from(results.querySelectorAll('button.result'));
    var at = buttons.indexOf(document.activeElement);
    if (at < 0)
      return;
    ev.preventDefault();
    if (ev.key === 'ArrowUp' && at === 0)
      input.focus();
    else
      buttons[Math.min(buttons.length - 1, Math.max(0, at + (ev.key === 'ArrowDown' ? 1 : -1)))].focus();
  });

  /* ---- Tables --------------------------------------------------------------------------- */

  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });

  /* The text of a cell without the marks of a what-if (badges, baseline values). */
  function cellText(cell) {
    if (!cell.querySelector('.badge, .base'))
      return cell.textContent.trim();
    var copy = cell.cloneNode(true);
    copy.querySelectorAll('.badge, .base').forEach(function (el) { el.remove(); });
    return copy.textContent.trim();
  }

  function sortTable(table, column, th) {
    var tbody = table.tBodies[0];
    var numeric = th.getAttribute('data-type') === 'number';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.from(tbody.rows);
    var keyed = rows.map(function (row, at) {
      var cell = row.cells[column];
      var key;
      if (!cell)
        key = numeric ? NaN : '';
      else if (numeric)
        key = cell.getAttribute('data-v') === '' ? NaN : parseFloat(cell.getAttribute('data-v'));
      else
        key = cellText(cell);
      return { row: row, key: key, at: at };
    });
    keyed.sort(function (a, b) {
      var c;
      if (numeric) {
        /* Empty cells last, whichever the direction. */
        if (isNaN(a.key) || isNaN(b.key))
          return isNaN(a.key) - isNaN(b.key) || a.at - b.at;
        c = a.key - b.key;
      } else {
        c = collator.compare(a.key, b.key);
      }
      return (ascending ? c : -c) || a.at - b.at;
    });
    table.querySelectorAll('thead th').forEach(function (other) {
      other.setAttribute('aria-sort', 'none');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    tbody.append.apply(tbody, keyed.map(function (k) { return k.row; }));
  }

  function filterTable(table, text, statusEl) {
    var q = fold(text.trim());
    var rows = table.tBodies[0].rows;
    var shown = 0;
    for (var k = 0; k < rows.length; k++) {
      var row = rows[k];
      if (row.foldedText === undefined)
        row.foldedText = fold(row.textContent);
      row.hidden = q !== '' && !row.foldedText.includes(q);
      if (!row.hidden)
        shown++;
    }
    statusEl.textContent =
      q === '' ? '' : formatCount('%u of %u rows', rows.length, shown, rows.length);
  }

  function csvField(s) {
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  /* The table as RFC 4180 CSV: its header and the rows shown, in the order shown. */
  function tableCsv(table) {
    var lines = [];
    lines.push(Array.from(table.tHead.rows[0].cells).map(function (th) {
      return csvField(th.textContent.trim());
    }).join(','));
    Array.from(table.tBodies[0].rows).forEach(function (row) {
      if (!row.hidden)
        lines.push(Array.from(row.cells).map(function (c) { return csvField(cellText(c)); }).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext)
      return navigator.clipboard.writeText(text).catch(function () { return copyByHand(text); });
    return copyByHand(text);
  }

  function copyByHand(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error('copy'));
  }

  document.querySelectorAll('.table-block').forEach(function (block) {
    var table = block.querySelector('table');
    var statusEl = block.querySelector('.table-tools .status');
    table.querySelectorAll('thead th').forEach(function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      button.setAttribute('aria-label', format('Sort by %s', th.textContent));
      th.replaceChildren(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', function () { sortTable(table, column, th); });
    });
    var filter = block.querySelector('input.filter');
    filter.addEventListener('input', function () { filterTable(table, filter.value, statusEl); });
    block.querySelector('button.copy-csv').addEventListener('click', function () {
      var csv = tableCsv(table);
      var n = csv.split('\r\n').length - 2;
      copyText(csv).then(function () {
        statusEl.textContent = formatCount('Copied %u rows', n, n);
      }, function () {
        statusEl.textContent = word('Could not copy: select the table and copy it by hand');
      });
    });
  });

  /* ---- Downloads ------------------------------------------------------------------------ */

  /* The figure's SVG as bloc render wrote it: without the page's marks. */
  function figureSvg(figure) {
    var svg = figure.querySelector('.figure-image svg').cloneNode(true);
    svg.querySelectorAll('[data-e]').forEach(function (el) {
      el.removeAttribute('data-e');
      el.classList.remove('hl', 'hl-self', 'hl-gap');
    });
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return new XMLSerializer().serializeToString(svg);
  }

  function save(blob, file) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  /* Draws the SVG on a canvas, at twice its size where that stays within what browsers draw. */
  function savePng(figure, file, statusEl) {
    var svg = figure.querySelector('.figure-image svg');
    var box = svg.viewBox && svg.viewBox.baseVal;
    var width = box && box.width ? box.width : svg.getBoundingClientRect().width;
    var height = box && box.height ? box.height : svg.getBoundingClientRect().height;
    var scale = Math.min(2, 8000 / width, 8000 / height, Math.sqrt(40e6 / (width * height)));
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      var context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) {
        save(blob, file);
        statusEl.textContent = '';
      }, 'image/png');
    };
    image.onerror = function () { statusEl.textContent = ''; };
    statusEl.textContent = word('Downloading');
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(figureSvg(figure));
  }

  document.querySelectorAll('button.download').forEach(function (button) {
    button.addEventListener('click', function () {
      var figure = document.getElementById(button.getAttribute('data-figure'));
      var file = button.getAttribute('data-file');
      var statusEl = button.parentNode.querySelector('.status');
      if (button.getAttribute('data-format') === 'svg')
        save(new Blob([figureSvg(figure)], { type: 'image/svg+xml' }), file);
      else
        savePng(figure, file, statusEl);
    });
  });

  /* ---- Ready ---------------------------------------------------------------------------- */

  window.blocReport = {
    find: find,
    fold: fold,
    select: select,
    openCard: openCard,
    closeCard: closeCard,
    tableCsv: tableCsv,
    entityIndex: function (id) {
      for (var i = 0; i < entities.length; i++)
        if (entities[i].id === id)
          return i;
      return -1;
    },
  };

  decoratePage();
  entityParts().then(function (parts) {
    decorateFigures(parts);
    refresh();
    root.setAttribute('data-ready', 'yes');
  });
}());
