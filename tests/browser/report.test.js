#!/usr/bin/env node
/* report.test.js: opens bloc reports in Debian's Chromium, from file://, and uses them as a
 * reader would: search, hover, select, cards, sorting, filtering, CSV, downloads, print, and
 * axe-core's accessibility rules. Every request that leaves the page fails the test, and so does
 * any console error.
 *
 * Usage: node report.test.js BLOC OUTPUT_DIR   (run from the source tree; make test runs it)
 */
'use strict';

const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const here = __dirname;
let chromium;
try {
  ({ chromium } = require(path.join(here, 'node_modules', 'playwright-core')));
} catch (e) {
  console.error('bloc: playwright-core is not installed: run make deps (npm ci in tests/browser)');
  process.exit(1);
}
const axeSource = fs.readFileSync(path.join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const bloc = path.resolve(process.argv[2] || 'build/bloc');
const out = path.resolve(process.argv[3] || 'build/tests/browser');
const chromiumPath = '/usr/bin/chromium';
fs.mkdirSync(out, { recursive: true });
if (!fs.existsSync(chromiumPath)) {
  console.error('bloc: ' + chromiumPath + ' is missing: run make deps (apt-get install chromium)');
  process.exit(1);
}

function run(args) {
  return execFileSync(bloc, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function report(name, args) {
  const file = path.join(out, name);
  run(['report', '-q', '-o', file].concat(args));
  return file;
}

/* The page, with every outside request, console error and dialog recorded. */
async function open(context, file) {
  const page = await context.newPage();
  const url = 'file://' + file;
  const problems = { requests: [], errors: [], dialogs: [] };
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url)
      return route.continue();
    problems.requests.push(u);
    return route.abort();
  });
  page.on('request', (r) => {
    const u = r.url();
    if (u !== url && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.requests.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.errors.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(e.message));
  page.on('dialog', (d) => {
    problems.dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="yes"]', { timeout: 60000 });
  return { page, problems };
}

function clean(problems, what) {
  assert.deepEqual(problems.requests, [], what + ': requests left the page');
  assert.deepEqual(problems.errors, [], what + ': console errors');
  assert.deepEqual(problems.dialogs, [], what + ': dialogs');
}

async function axe(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }));
  fs.writeFileSync(path.join(out, 'axe-' + what.replace(/\W+/g, '-') + '.json'),
                   JSON.stringify(result.violations.map((v) => ({ id: v.id, impact: v.impact,
                     help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target) })), null, 1));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.length + ', e.g. ' +
                               v.nodes[0].target.join(' ') + ')'),
                   [], what + ': axe finds serious or critical violations');
  return result.violations;
}

/* The ids of the cells of the gaps figure that carry @cls, as "ORG" (the column is @actor). */
async function gapsCells(page, cls, actor) {
  return page.evaluate(([c, a]) => {
    const figure = document.querySelector('#s-gaps figure[data-prefix]');
    const prefix = figure.getAttribute('data-prefix');
    return Array.from(figure.querySelectorAll('svg g.' + c)).map((g) => {
      const m = g.id.slice(prefix.length).match(/^c-(.*)__(.*)$/);
      return m && m[2] === a ? m[1] : '!' + g.id;
    }).sort();
  }, [cls, actor]);
}

async function testEnglish(browser) {
  const file = report('report.html', ['--group', 'central-asia']);
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const { page, problems } = await open(context, file);
  await page.screenshot({ path: path.join(out, 'report.png') });

  /* The search agrees with bloc find: the same entities, in the same order, by the same field,
   * on the required queries and on every id and the first word of every name. */
  const queries = ['uzbek', 'Казахстан', 'ازبکستان', 'shanghai COOPERATION'];
  /* Each id; the first word of each English name; the start of every other entity's names in
   * other languages, and two words of its English name in capitals. */
  JSON.parse(run(['export', '-T', 'json', '-o', '-'])).nodes.forEach((n, k) => {
    queries.push(n.id.toLowerCase(), String(n.name).split(/\s+/)[0]);
    if (k % 2 === 0) {
      queries.push(String(n.name).split(/\s+/).slice(0, 2).join(' ').toUpperCase());
      for (const key of Object.keys(n).filter((x) => x.startsWith('name@')))
        queries.push(String(n[key]).slice(0, 4));
    }
  });
  let compared = 0;
  for (const q of new Set(queries)) {
    if (q.trim() === '' || q.startsWith('-'))
      continue;
    const expected = JSON.parse(run(['find', '--format', 'json', q]));
    const got = await page.evaluate((text) => window.blocReport.find(text), q);
    assert.deepEqual(got.map((h) => [h.id, h.match, h.field, h.value]),
                     expected.map((h) => [h.id, h.match, h.field, h.value]),
                     'search for ' + JSON.stringify(q) + ' differs from bloc find');
    compared++;
  }
  assert.ok(compared > 150, 'only ' + compared + ' searches compared');

  /* Typing in the search box lists the results; the first for "uzbek" is Uzbekistan. */
  await page.fill('#find', 'uzbek');
  const first = await page.textContent('#find-results li:first-child button');
  assert.match(first, /^Uzbekistan \(UZ, country\)/);
  const listed = await page.$$eval('#find-results button.result', (b) => b.length);
  assert.equal(listed, JSON.parse(run(['find', '--format', 'json', 'uzbek'])).length);
  await page.fill('#find', '');

  /* Hovering over Turkmenistan's link highlights its memberships in the gaps figure: the cells
   * where it takes part, and, dashed, those it stays out of, as bloc gaps says. */
  const gaps = JSON.parse(run(['gaps', '--group', 'central-asia', '--format', 'json']));
  const present = gaps.organizations.filter((o) => o.present.some((p) => p.id === 'TM'))
    .map((o) => o.id).sort();
  const absent = gaps.organizations.filter((o) => o.absent.includes('TM')).map((o) => o.id).sort();
  assert.ok(present.length >= 5 && absent.length >= 5);
  await page.hover('#s-gaps table[data-name="gaps-members"] a[data-e] >> text=Turkmenistan');
  assert.deepEqual(await gapsCells(page, 'hl', 'TM'), present, 'hover: cells where TM takes part');
  assert.deepEqual(await gapsCells(page, 'hl-gap', 'TM'), absent, 'hover: cells TM stays out of');
  const rows = await page.$$eval('#s-gaps table[data-name="gaps"] tbody tr.hl', (r) => r.length);
  assert.equal(rows, present.length, 'hover: the gaps rows where TM takes part');
  await page.mouse.move(1, 1);
  assert.deepEqual(await gapsCells(page, 'hl', 'TM'), [], 'the highlight ends with the hover');

  /* Selecting by keyboard: type, Enter; the card opens and the highlight stays. */
  await page.focus('#find');
  await page.keyboard.type('Turkmenistan');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#card-panel:not([hidden])');
  const card = await page.textContent('#card-panel h3');
  assert.match(card, /Turkmenistan \(TM, country\)/);
  assert.ok(await page.evaluate(() => document.activeElement.id === 'card-panel'));
  await page.mouse.move(1, 1);
  assert.deepEqual(await gapsCells(page, 'hl', 'TM'), present, 'selection: TM highlighted');
  await page.screenshot({ path: path.join(out, 'report-selected.png') });
  await page.keyboard.press('Escape');
  assert.ok(await page.isHidden('#card-panel'), 'Escape closes the card');

  /* Clicking an entity anywhere (here a node of the overlap figure) opens its card. */
  await page.evaluate(() => document.querySelector('#s-overlap svg g[data-e]').scrollIntoView());
  const node = await page.$('#s-overlap figure svg g[id*="-n-KZ"]');
  await node.click();
  assert.match(await page.textContent('#card-panel h3'), /\(KZ, country\)/);
  await page.click('#card-panel button.close');
  assert.ok(await page.isHidden('#card-panel'));
  await page.click('#clear-selection');
  assert.deepEqual(await page.$$eval('.hl, .hl-gap, .hl-self', (e) => e.map((x) => x.outerHTML.slice(0, 120))), []);

  /* Sorting the centrality table by strength, up then down. */
  const table = '#s-centrality table[data-name="centrality"]';
  const strengthColumn = await page.$$eval(table + ' thead th', (ths) =>
    ths.findIndex((th) => th.textContent.trim().startsWith('strength')));
  assert.ok(strengthColumn > 0);
  const strengths = () => page.$$eval(table + ' tbody tr', (trs, k) =>
    trs.map((tr) => parseFloat(tr.cells[k].getAttribute('data-v'))), strengthColumn);
  await page.click(table + ' thead th:nth-child(' + (strengthColumn + 1) + ') button');
  let values = await strengths();
  assert.deepEqual(values, values.slice().sort((a, b) => a - b), 'ascending');
  assert.equal(await page.getAttribute(table + ' thead th:nth-child(' + (strengthColumn + 1) + ')',
                                       'aria-sort'), 'ascending');
  await page.focus(table + ' thead th:nth-child(' + (strengthColumn + 1) + ') button');
  await page.keyboard.press('Enter');
  values = await strengths();
  assert.deepEqual(values, values.slice().sort((a, b) => b - a), 'descending');
  assert.ok(values[0] > values[values.length - 1]);

  /* Filtering by text, and the CSV of what is shown. */
  const filter = await page.$('#s-centrality input.filter');
  await filter.fill('stan');
  const shown = await page.$$eval(table + ' tbody tr:not([hidden])',
                                  (trs) => trs.map((tr) => tr.cells[0].textContent));
  assert.ok(shown.length >= 5 && shown.every((t) => /stan/.test(t)), 'filter: ' + shown);
  const csv = await page.evaluate((sel) => window.blocReport.tableCsv(document.querySelector(sel)), table);
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, shown.length + 1);
  assert.match(lines[0], /^actor,bloc,partners,strength,betweenness,/);
  await page.click('#s-centrality button.copy-csv');
  await page.waitForFunction(() =>
    document.querySelector('#s-centrality .table-tools .status').textContent !== '');
  await filter.fill('');

  /* Downloads made in the page: the SVG as bloc render wrote it, and a PNG. */
  const svgButton = '#s-gaps figure button[data-format="svg"]';
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click(svgButton)]);
  const svgText = fs.readFileSync(await svgDownload.path(), 'utf8');
  assert.match(svgText, /^<svg [^>]*role="img"/);
  assert.ok(!/data-e=|class="[^"]*\bhl\b/.test(svgText), 'the SVG keeps no mark of the page');
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'), page.click('#s-gaps figure button[data-format="png"]')]);
  const png = fs.readFileSync(await pngDownload.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.ok(png.length > 10000);

  /* Print: no controls, figures whole; Chromium makes a PDF of it. */
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isHidden('.finder'));
  assert.ok(await page.isHidden('#s-gaps .figure-tools'));
  assert.ok(await page.isHidden('#s-gaps .table-tools'));
  const pdf = await page.pdf({ format: 'A4', path: path.join(out, 'report.pdf') });
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  await page.emulateMedia({ media: 'screen' });

  await axe(page, 'English report');
  clean(problems, 'English report');
  await context.close();
}

async function testPersian(browser) {
  const file = report('report-fa.html', ['--lang', 'fa']);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await open(context, file);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'fa');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  await page.screenshot({ path: path.join(out, 'report-fa.png') });
  await page.fill('#find', 'ازبکستان');
  assert.match(await page.textContent('#find-results li:first-child button'), /^ازبکستان \(UZ, کشور\)/);
  await page.fill('#find', '');
  await page.hover('#s-gaps table[data-name="gaps-members"] a[data-e] >> text=ترکمنستان');
  assert.ok((await gapsCells(page, 'hl', 'TM')).length >= 5, 'Persian: TM highlighted');
  await axe(page, 'Persian report');
  clean(problems, 'Persian report');
  await context.close();
}

/* Hostile names stay text; ids too long for a figure's element ids (cut and hashed) are still
 * found, so their nodes highlight. */
async function testData(browser) {
  const context = await browser.newContext();
  const escape = await open(context, report('report-escape.html', ['-d', 'tests/data/escape']));
  assert.equal(await escape.page.evaluate(() => document.querySelectorAll('script').length), 2);
  clean(escape.problems, 'escape report');

  const long = await open(context, report('report-long.html', ['-d', 'tests/data/long-ids']));
  const p = long.page;
  await p.evaluate(() => window.blocReport.select(window.blocReport.entityIndex('BB')));
  const highlighted = await p.$$eval('#s-dataset figure svg g.hl', (gs) =>
    gs.map((g) => g.querySelector('title').textContent).sort());
  assert.ok(highlighted.some((t) => t.startsWith('Long Cyrillic id (')), highlighted.join('; '));
  assert.ok(highlighted.some((t) => t.startsWith('Long Cyrillic id two (')), highlighted.join('; '));
  clean(long.problems, 'long ids report');
  await context.close();
}

(async () => {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await testEnglish(browser);
    await testPersian(browser);
    await testData(browser);
  } finally {
    await browser.close();
  }
  console.log('ok: the report works in Chromium, in English and in Persian');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
