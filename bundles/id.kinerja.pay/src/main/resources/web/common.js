// What the pay pages share: a month as people read it, a predikat's name, a slip drawn with its lines.

/** 2026-07 as "Juli 2026" (or "July 2026"). */
export function monthName(app, month) {
  return new Intl.DateTimeFormat(app.lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${month}-01T00:00:00Z`));
}

/** A slip: each line with its amount and the rule that made it, TPP, salary and take-home. */
export function slipView(app, slip, pdfPath) {
  const { h, t } = app;
  return h('section', { class: 'card slip', id: 'slip' },
    h('h2', {}, `${t('slipOf')} ${monthName(app, slip.month)}`),
    h('dl', { class: 'facts' },
      fact(app, t('name'), `${slip.fullName} (${slip.nip})`),
      fact(app, t('unit'), slip.unitCode),
      fact(app, t('positionClass'), String(slip.positionClass)),
      fact(app, t('predikat'), slip.predikat ? t(`predikat.${slip.predikat}`) : t('noPredikat'))),
    h('div', { class: 'table-wrap' }, h('table', { id: 'slip-lines' },
      h('thead', {}, h('tr', {}, [t('component'), t('rule'), t('amount')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, slip.lines.map((line) => h('tr', {},
        h('td', {}, t(`line.${line.code}`) === `line.${line.code}` ? line.code : t(`line.${line.code}`)),
        h('td', {}, line.rule), h('td', { class: 'money' }, app.money(line.amount))))))),
    h('p', { class: 'help' }, t('linesHelp')),
    h('dl', { class: 'facts totals' },
      fact(app, t('tppTotal'), app.money(slip.total)),
      slip.salaryTotal === null || slip.salaryTotal === undefined ? null : fact(app, t('salaryTotal'), app.money(slip.salaryTotal)),
      slip.takeHome === null || slip.takeHome === undefined ? null : fact(app, t('takeHome'), app.money(slip.takeHome))),
    h('button', { type: 'button', class: 'secondary', id: 'slip-pdf', onclick: () => app.download(pdfPath, `slip-tpp-${slip.nip}-${slip.month}.pdf`) },
      t('pdf')));
}

export function fact(app, label, value) {
  return app.h('div', { class: 'fact' }, app.h('dt', {}, label), app.h('dd', {}, value));
}
