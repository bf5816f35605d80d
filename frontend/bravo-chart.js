/*
 * <bravo-chart>: draws one Apache ECharts option, built on the server by the Java Chart component
 * (app.bravo.shared.chart.Chart), with the SVG renderer. The server decides what is drawn (series,
 * axes, right-to-left placement); this element adds what only the browser knows:
 *  - numbers in the reader's digits (Intl.NumberFormat of `locale`, "fa-IR" gives Persian digits) on
 *    axes, labels, tooltips and the colour scale;
 *  - the colours of the page's theme (text, axes, grid lines, series, the heatmap's scale), read from
 *    the theme's CSS custom properties, and drawn again when the theme changes (light, dark, system);
 *  - its size: it follows its container.
 * ECharts itself is loaded on demand (bravo-chart-echarts.js), when the first chart is shown.
 *
 * Properties: option (an ECharts option object), locale (BCP 47 tag), decimals (fraction digits of
 * the values), unit (appended to values in tooltips). Attribute data-rendered counts finished
 * drawings, for tests.
 */
let echartsModule;
const loadEcharts = () => (echartsModule ??= import('./bravo-chart-echarts.js').then((m) => m.default));

// series colours that keep their contrast on the light and on the dark background
const PALETTE = {
  light: ['#1f5fbf', '#c2410c', '#0f766e', '#7c3aed', '#a16207', '#be185d', '#475569'],
  dark: ['#5b9bff', '#fb923c', '#2dd4bf', '#a78bfa', '#facc15', '#f472b6', '#cbd5e1'],
};
const SCALE = {
  light: ['#e8f0fc', '#8fb4ea', '#1f5fbf'],
  dark: ['#1b2a44', '#2f5fa8', '#8ab8ff'],
};

// tooltips are HTML: names people typed (departments, questions) must stay text
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

class BravoChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._locale = 'en-GB';
    this._decimals = 0;
    this._unit = '';
    this._rendered = 0;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; height: var(--bravo-chart-height, 20rem); min-width: 0; }
        :host([hidden]) { display: none; }
        /* ECharts places every text itself, by text-anchor, which a right-to-left page would turn round */
        .plot { position: absolute; inset: 0; direction: ltr; }
        .probe { position: absolute; visibility: hidden; width: 0; height: 0; overflow: hidden; }
      </style><div class="plot"></div><span class="probe"></span>`;
    this._plot = root.querySelector('.plot');
    this._probe = root.querySelector('.probe');
  }

  set option(value) { this._option = value; this._draw(); }
  get option() { return this._option; }
  set locale(value) { this._locale = value || 'en-GB'; this._draw(); }
  get locale() { return this._locale; }
  set decimals(value) { this._decimals = Number(value) || 0; this._draw(); }
  get decimals() { return this._decimals; }
  set unit(value) { this._unit = value || ''; this._draw(); }
  get unit() { return this._unit; }

  connectedCallback() {
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    // Vaadin switches light and dark by the theme attribute of <html>; "system" follows the device
    this._themeWatch = new MutationObserver(() => this._draw());
    this._themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style', 'class'] });
    this._media = window.matchMedia('(prefers-color-scheme: dark)');
    this._mediaListener = () => this._draw();
    this._media.addEventListener('change', this._mediaListener);
    this._draw();
  }

  disconnectedCallback() {
    this._resize?.disconnect();
    this._themeWatch?.disconnect();
    this._media?.removeEventListener('change', this._mediaListener);
    this._chart?.dispose();
    this._chart = null;
  }

  /** Several properties arrive together from the server: draw once, after all of them. */
  _draw() {
    if (!this._pending) {
      this._pending = true;
      queueMicrotask(() => {
        this._pending = false;
        this._drawNow();
      });
    }
  }

  async _drawNow() {
    if (!this.isConnected || !this._option) {
      return;
    }
    const echarts = await loadEcharts();
    if (!this.isConnected) {
      return;
    }
    if (!this._chart) {
      this._chart = echarts.init(this._plot, null, { renderer: 'svg' });
      this._chart.on('finished', () => this.setAttribute('data-rendered', String(++this._rendered)));
    }
    this._chart.setOption(this._themed(this._option), { notMerge: true });
  }

  /** A colour of the theme as rgb()/rgba(), which ECharts understands (the theme may give color-mix() or light-dark()). */
  _colour(property, fallback) {
    this._probe.style.color = `var(${property}, ${fallback})`;
    const computed = getComputedStyle(this._probe).color;
    const canvas = (this._canvas ??= document.createElement('canvas'));
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = computed;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
  }

  _themed(source) {
    const option = structuredClone(source);
    const background = this._colour('--lumo-base-color', '#fff');
    const [r, g, b] = background.match(/[\d.]+/g).map(Number);
    const mode = 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    const text = this._colour('--lumo-body-text-color', '#1a1a1a');
    const secondary = this._colour('--lumo-secondary-text-color', '#666');
    const axis = this._colour('--lumo-contrast-40pct', '#999');
    const grid = this._colour('--lumo-contrast-10pct', '#eee');
    const muted = this._colour('--lumo-contrast-10pct', '#eee');
    const font = getComputedStyle(this).getPropertyValue('--lumo-font-family').trim() || 'sans-serif';
    const exact = new Intl.NumberFormat(this._locale, { minimumFractionDigits: this._decimals, maximumFractionDigits: this._decimals });
    const tick = new Intl.NumberFormat(this._locale, { maximumFractionDigits: 2 });
    const unit = this._unit ? ` ${this._unit}` : '';
    const valueOf = (v) => (Array.isArray(v) ? v[v.length - 1] : v);
    const show = (v) => (v == null || v === '-' || Number.isNaN(Number(v)) ? '' : exact.format(Number(v)));
    const rtl = this._option.bravoRtl === true;
    // a heatmap cell as "row · column", from the names on its axes
    const names = (ax) => [].concat(ax || [])[0]?.data || [];
    const cell = (p) => escape(`${names(option.yAxis)[p.value[1]] ?? ''} · ${names(option.xAxis)[p.value[0]] ?? ''}`);
    delete option.bravoRtl;

    option.color = PALETTE[mode];
    option.backgroundColor = 'transparent';
    option.textStyle = { color: text, fontFamily: font };
    option.legend && Object.assign(option.legend, { textStyle: { color: text, fontFamily: font } });
    option.tooltip = Object.assign(option.tooltip || {}, {
      backgroundColor: background,
      borderColor: axis,
      textStyle: { color: text, fontFamily: font },
      extraCssText: rtl ? 'direction: rtl; text-align: right;' : '',
      valueFormatter: (v) => (show(valueOf(v)) ? show(valueOf(v)) + unit : ''),
    });
    for (const key of ['xAxis', 'yAxis']) {
      for (const ax of [].concat(option[key] || [])) {
        ax.axisLine = { lineStyle: { color: axis } };
        ax.axisTick = { lineStyle: { color: axis } };
        ax.splitLine = { lineStyle: { color: grid } };
        ax.nameTextStyle = { color: secondary, fontFamily: font };
        ax.axisLabel = Object.assign(ax.axisLabel || {}, { color: secondary, fontFamily: font });
        if (ax.type === 'value') {
          ax.axisLabel.formatter = (v) => tick.format(v);
        }
      }
    }
    for (const series of option.series || []) {
      if (series.label && series.label.show && !series.label.formatter) {
        series.label.formatter = (p) => show(valueOf(p.value));
      }
      if (series.label) {
        series.label.fontFamily = font;
        if (series.type !== 'heatmap' && series.label.position !== 'inside') {
          // a label beside its bar or point is outlined in the page's colour (ECharts would take a dark
          // one from the transparent background, a dark halo round the light text of the dark theme)
          Object.assign(series.label, { color: text, textBorderColor: background });
        }
      }
      if (series.bravoNotEnough) {
        // the cells of groups too small to show: plain, with the server's short mark, and its words in the tooltip
        delete series.bravoNotEnough;
        series.itemStyle = { borderColor: background, borderWidth: 2 };
        series.label = Object.assign(series.label || {}, { color: secondary });
        series.tooltip = { formatter: (p) => `${cell(p)}: ${escape(series.name)}` };
      } else if (series.type === 'heatmap') {
        series.itemStyle = { borderColor: background, borderWidth: 2 };
        series.tooltip = { formatter: (p) => `${cell(p)}: ${show(p.value[2])}${unit}` };
      }
    }
    for (const scale of [].concat(option.visualMap || [])) {
      if (scale.bravoNotEnough) {
        // the marked cells' own map, not shown: one plain colour for all of them
        delete scale.bravoNotEnough;
        scale.pieces.forEach((piece) => { piece.color = muted; });
      } else {
        Object.assign(scale, {
          inRange: { color: SCALE[mode] },
          textStyle: { color: secondary, fontFamily: font },
          formatter: (v) => tick.format(v),
        });
      }
    }
    return option;
  }
}

customElements.define('bravo-chart', BravoChart);
