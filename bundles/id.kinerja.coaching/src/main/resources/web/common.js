// What the coaching pages share: an enrolment's state as a badge, the learning hours as a progress bar.

export function statusBadge(app, status) {
  return app.h('span', { class: `badge enrolment-${status.toLowerCase()}` }, app.t(`status.${status}`));
}

/** The year's learning hours against the minimum (20 JP), as a bar and in words. */
export function hoursBar(app, hours) {
  const { h, t } = app;
  const done = hours.hours >= hours.minimum;
  return h('div', { class: 'hours', id: 'learning-hours' },
    h('progress', { max: hours.minimum, value: Math.min(hours.hours, hours.minimum), 'aria-label': t('hoursOf').replace('{year}', hours.year) }),
    h('p', { class: done ? 'ok' : 'help' }, t(done ? 'hoursDone' : 'hoursShort').replace('{n}', app.number(hours.hours))
      .replace('{min}', app.number(hours.minimum)).replace('{short}', app.number(hours.shortfall))));
}

export function fact(app, label, value) {
  return app.h('div', { class: 'fact' }, app.h('dt', {}, label), app.h('dd', {}, value));
}
