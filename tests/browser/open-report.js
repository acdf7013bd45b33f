#!/usr/bin/env node
/* open-report.js: opens one bloc report in Debian's Chromium from file:// and says how long it
 * took to be ready (its script done), or why it failed: a console error, an uncaught exception,
 * or a request that left the page. For bench/report, on pages too large for the test suite.
 *
 * Usage: node tests/browser/open-report.js REPORT.html [SELECT_ID]
 * Prints "ready S s, N entities, M highlighted" and exits 0, or prints the problems and exits 1.
 */
'use strict';

const path = require('node:path');
const { chromium } = require(path.join(__dirname, 'node_modules', 'playwright-core'));

(async () => {
  const file = path.resolve(process.argv[2]);
  const select = process.argv[3];
  const url = 'file://' + file;
  const problems = [];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => {
      if (route.request().url() === url)
        return route.continue();
      problems.push('request: ' + route.request().url());
      return route.abort();
    });
    page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    page.on('pageerror', (e) => problems.push('exception: ' + e.message));
    const start = Date.now();
    await page.goto(url, { timeout: 300000 });
    await page.waitForSelector('html[data-ready="yes"]', { timeout: 300000 });
    const seconds = (Date.now() - start) / 1000;
    const n = await page.evaluate(() => JSON.parse(document.getElementById('bloc-data').textContent).entities.length);
    let marked = 0;
    if (select) {
      marked = await page.evaluate((id) => {
        window.blocReport.select(window.blocReport.entityIndex(id));
        return document.querySelectorAll('.hl, .hl-self, .hl-gap').length;
      }, select);
    }
    if (problems.length) {
      console.log(problems.join('\n'));
      process.exitCode = 1;
    } else {
      console.log('ready ' + seconds.toFixed(1) + ' s, ' + n + ' entities, ' + marked + ' highlighted');
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
