import { LitElement, css, html } from 'lit';

/*
 * <bravo-calendar>: one month of any calendar that the browser's Intl knows (Gregorian for English,
 * Persian/Jalali for Persian), with its own month names, weekday names and digits. It only shows and
 * picks: the Java DateField (app.bravo.shared.ui.DateField) parses what people type and formats the
 * chosen date, so there is one parser and one date format, on the server.
 *
 * Properties (strings): value, min, max as ISO dates (yyyy-mm-dd); locale (a BCP 47 tag such as
 * "fa-IR" or "en-GB"); calendar ("persian" or "gregory"); firstDay (0 = Sunday … 6 = Saturday);
 * previousLabel, nextLabel, todayLabel for the buttons.
 * Event: "date-picked" with detail.value, the ISO date of the day chosen.
 */
const DAY = 86400000;

const iso = (t) => new Date(t).toISOString().slice(0, 10);
const parseIso = (s) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : null);

class BravoCalendar extends LitElement {
  static properties = {
    value: { type: String },
    min: { type: String },
    max: { type: String },
    locale: { type: String },
    calendar: { type: String },
    firstDay: { type: Number, attribute: 'first-day' },
    previousLabel: { type: String, attribute: 'previous-label' },
    nextLabel: { type: String, attribute: 'next-label' },
    todayLabel: { type: String, attribute: 'today-label' },
    _month: { state: true },
    _focused: { state: true },
  };

  static styles = css`
    :host {
      display: inline-block;
      font-family: var(--lumo-font-family, sans-serif);
      font-size: var(--lumo-font-size-m, 1rem);
      color: var(--lumo-body-text-color, inherit);
      padding: var(--lumo-space-xs, 0.25rem);
      user-select: none;
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--lumo-space-s, 0.5rem);
      margin-block-end: var(--lumo-space-s, 0.5rem);
    }
    h2 {
      margin: 0;
      font-size: var(--lumo-font-size-m, 1rem);
      font-weight: 600;
      text-align: center;
      flex: 1;
    }
    table {
      border-collapse: collapse;
    }
    th {
      font-size: var(--lumo-font-size-xs, 0.75rem);
      font-weight: 500;
      color: var(--lumo-secondary-text-color, gray);
      padding-block: var(--lumo-space-xs, 0.25rem);
      width: 2.5rem;
    }
    td {
      padding: 1px;
      text-align: center;
    }
    button {
      font: inherit;
      color: inherit;
      background: none;
      border: none;
      border-radius: var(--lumo-border-radius-m, 0.25rem);
      cursor: pointer;
      min-width: 2.5rem;
      height: 2.5rem;
    }
    button:hover:not([disabled]) {
      background: var(--lumo-primary-color-10pct, rgba(0, 0, 255, 0.1));
    }
    button:focus-visible {
      outline: 2px solid var(--lumo-primary-color, blue);
      outline-offset: -2px;
    }
    button[disabled] {
      color: var(--lumo-disabled-text-color, lightgray);
      cursor: default;
    }
    .day.today {
      color: var(--lumo-primary-text-color, blue);
      font-weight: 600;
    }
    .day[aria-pressed='true'] {
      background: var(--lumo-primary-color, blue);
      color: var(--lumo-primary-contrast-color, white);
    }
    .nav {
      color: var(--lumo-primary-text-color, blue);
      font-size: var(--lumo-font-size-l, 1.25rem);
    }
    footer {
      display: flex;
      justify-content: center;
      margin-block-start: var(--lumo-space-xs, 0.25rem);
    }
    footer button {
      color: var(--lumo-primary-text-color, blue);
      padding-inline: var(--lumo-space-m, 1rem);
    }
  `;

  constructor() {
    super();
    this.locale = 'en-GB';
    this.calendar = 'gregory';
    this.firstDay = 1;
    this.previousLabel = 'Previous month';
    this.nextLabel = 'Next month';
    this.todayLabel = 'Today';
  }

  willUpdate(changed) {
    if (changed.has('locale') || changed.has('calendar')) {
      const tag = `${this.locale}-u-ca-${this.calendar}`;
      this._parts = new Intl.DateTimeFormat(`${tag}-nu-latn`, {
        year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC',
      });
      // month and year written as the server writes dates ("Farvardin 1405" order in every language)
      this._monthName = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
      this._year = new Intl.DateTimeFormat(tag, { year: 'numeric', timeZone: 'UTC' });
      this._dayNumber = new Intl.DateTimeFormat(tag, { day: 'numeric', timeZone: 'UTC' });
      this._fullDate = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' });
      this._weekday = new Intl.DateTimeFormat(tag, {
        weekday: this.calendar === 'persian' ? 'narrow' : 'short', timeZone: 'UTC',
      });
      this._weekdayLong = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    }
    if (changed.has('value') || this._month === undefined) {
      const start = parseIso(this.value) ?? this._today();
      this._month = this._startOfMonth(start);
      this._focused = start;
    }
  }

  /** Opens on the chosen day (or today) and puts the focus on it, as the popup opens. */
  focus() {
    this.updateComplete.then(() => this.renderRoot.querySelector('.day[tabindex="0"]')?.focus());
  }

  _title(t) {
    const d = new Date(t);
    const year = this._year.formatToParts(d).find((p) => p.type === 'year')?.value ?? '';
    return `${this._monthName.format(d)} ${year}`;
  }

  _today() {
    const now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  }

  _ymd(t) {
    const p = Object.fromEntries(this._parts.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    return { y: Number(p.year ?? p.relatedYear), m: Number(p.month), d: Number(p.day) };
  }

  _startOfMonth(t) {
    return t - (this._ymd(t).d - 1) * DAY;
  }

  _addMonths(start, n) {
    let t = start;
    for (let i = 0; i < Math.abs(n); i++) {
      t = n > 0 ? this._startOfMonth(t + 32 * DAY) : this._startOfMonth(t - DAY);
    }
    return t;
  }

  _allowed(t) {
    const min = parseIso(this.min);
    const max = parseIso(this.max);
    return (min === null || t >= min) && (max === null || t <= max);
  }

  _pick(t) {
    if (!this._allowed(t)) {
      return;
    }
    this.dispatchEvent(new CustomEvent('date-picked', { detail: { value: iso(t) }, bubbles: true, composed: true }));
  }

  _moveFocus(t) {
    this._focused = t;
    const start = this._startOfMonth(t);
    if (start !== this._month) {
      this._month = start;
    }
    this.updateComplete.then(() => this.renderRoot.querySelector('.day[tabindex="0"]')?.focus());
  }

  _onKey(e) {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const steps = {
      ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1, ArrowUp: -7, ArrowDown: 7,
    };
    if (e.key in steps) {
      e.preventDefault();
      this._moveFocus(this._focused + steps[e.key] * DAY);
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      const day = this._ymd(this._focused).d;
      const start = this._addMonths(this._month, e.key === 'PageUp' ? -1 : 1);
      const length = (this._addMonths(start, 1) - start) / DAY;
      this._moveFocus(start + (Math.min(day, length) - 1) * DAY);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const end = this._addMonths(this._month, 1) - DAY;
      this._moveFocus(e.key === 'Home' ? this._month : end);
    }
  }

  render() {
    const start = this._month;
    const next = this._addMonths(start, 1);
    const offset = (new Date(start).getUTCDay() - this.firstDay + 7) % 7;
    const selected = parseIso(this.value);
    const today = this._today();
    const cells = [];
    for (let i = 0; i < offset; i++) {
      cells.push(null);
    }
    for (let t = start; t < next; t += DAY) {
      cells.push(t);
    }
    while (cells.length % 7) {
      cells.push(null);
    }
    const weeks = [];
    for (let i = 0; i < cells.length; i += 7) {
      weeks.push(cells.slice(i, i + 7));
    }
    // a week that starts on firstDay: 4 Jan 1970 was a Sunday
    const weekdays = [...Array(7).keys()].map((i) => Date.UTC(1970, 0, 4 + ((this.firstDay + i) % 7)));
    const focused = this._focused >= start && this._focused < next ? this._focused : start;
    return html`
      <header>
        <button class="nav" part="previous" aria-label=${this.previousLabel} title=${this.previousLabel}
                @click=${() => { this._month = this._addMonths(start, -1); this._focused = this._month; }}>
          <span aria-hidden="true">${getComputedStyle(this).direction === 'rtl' ? '›' : '‹'}</span>
        </button>
        <h2 aria-live="polite">${this._title(start)}</h2>
        <button class="nav" part="next" aria-label=${this.nextLabel} title=${this.nextLabel}
                @click=${() => { this._month = next; this._focused = next; }}>
          <span aria-hidden="true">${getComputedStyle(this).direction === 'rtl' ? '‹' : '›'}</span>
        </button>
      </header>
      <table role="grid" aria-label=${this._title(start)} @keydown=${this._onKey}>
        <thead>
          <tr>${weekdays.map((w) => html`<th scope="col" abbr=${this._weekdayLong.format(new Date(w))}>${this._weekday.format(new Date(w))}</th>`)}</tr>
        </thead>
        <tbody>
          ${weeks.map((week) => html`<tr>${week.map((t) => (t === null ? html`<td></td>` : html`<td>
            <button class="day ${t === today ? 'today' : ''}" part="day" data-date=${iso(t)}
                    tabindex=${t === focused ? 0 : -1}
                    aria-pressed=${t === selected ? 'true' : 'false'}
                    aria-label=${this._fullDate.format(new Date(t))}
                    ?disabled=${!this._allowed(t)}
                    @click=${() => this._pick(t)}>${this._dayNumber.format(new Date(t))}</button></td>`))}</tr>`)}
        </tbody>
      </table>
      <footer>
        <button part="today" ?disabled=${!this._allowed(today)} @click=${() => this._pick(today)}>${this.todayLabel}</button>
      </footer>
    `;
  }
}

customElements.define('bravo-calendar', BravoCalendar);
