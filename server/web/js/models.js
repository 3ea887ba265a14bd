// Exemplary models (mô hình, điển hình) by province: choose a province (old
// or new, following the toggle) and optionally a campaign; see its models
// with the articles behind them (/api/v1/models) and its campaigns with
// counts (the campaign facet of a search filtered to that province).

import { h, clear, formatDate, formatNumber, displayTitle } from './dom.js';
import { getModels } from './api.js';
import { defaultState } from './state/url.js';

const MAX_ARTICLES = 5;

// ctx: { state, navigate(patch, opts), link(patch, whole), search(state, opts), signal }
export async function renderModels(container, ctx) {
  const { state } = ctx;
  const field = state.prov === 'new' ? 'province_2025' : 'province';
  const scope = defaultState();
  if (state.mp) scope[field] = [state.mp];
  const [all, scoped, models] = await Promise.all([
    ctx.search(defaultState(), { page: 1, perPage: 1, facets: true, signal: ctx.signal }),
    state.mp ? ctx.search(scope, { page: 1, perPage: 1, facets: true, signal: ctx.signal }) : null,
    getModels({ province: state.mp, campaign: state.mc, oldNames: state.prov !== 'new' }, { signal: ctx.signal }),
  ]);
  const provinces = (all.facets?.[field] ?? []).map((v) => String(v.value)).sort((a, b) => a.localeCompare(b, 'vi'));
  const campaigns = (scoped ?? all).facets?.campaign ?? [];
  clear(container,
    h('h2', {}, 'Mô hình điển hình theo địa phương'),
    chooser(provinces, campaigns, ctx),
    state.mp && campaigns.length ? campaignCounts(campaigns, field, ctx) : null,
    modelList(modelsOf(models), ctx));
}

function chooser(provinces, campaigns, ctx) {
  const { state } = ctx;
  const province = h('select', {
    id: 'models-province',
    onchange: (e) => ctx.navigate({ mp: e.target.value, mc: '' }),
  },
  h('option', { value: '' }, state.prov === 'new' ? 'Tất cả 34 tỉnh, thành mới' : 'Tất cả 63 tỉnh, thành'),
  provinces.map((p) => h('option', { value: p, selected: p === state.mp }, p)));
  const campaign = h('select', {
    id: 'models-campaign',
    onchange: (e) => ctx.navigate({ mc: e.target.value }),
  },
  h('option', { value: '' }, 'Mọi phong trào'),
  campaigns.map((c) => h('option', { value: c.value, selected: c.value === state.mc }, `${c.value} (${formatNumber(c.count)})`)));
  const mode = (value, label) => h('label', { class: 'toggle-option' },
    h('input', {
      type: 'radio', name: 'models-prov', value, checked: state.prov === value,
      onchange: () => ctx.navigate({ prov: value, mp: '', mc: '' }),
    }), label);
  return h('div', { class: 'models-chooser' },
    h('fieldset', { class: 'prov-toggle' }, h('legend', {}, 'Tỉnh trước/sau sáp nhập 2025'),
      mode('old', 'Trước (63 tỉnh)'), mode('new', 'Sau (34 tỉnh)')),
    h('div', { class: 'field' }, h('label', { for: 'models-province' }, state.prov === 'new' ? 'Tỉnh, thành (sau sáp nhập 2025)' : 'Tỉnh, thành (trước 1/7/2025)'), province),
    h('div', { class: 'field' }, h('label', { for: 'models-campaign' }, 'Phong trào'), campaign));
}

function campaignCounts(campaigns, field, ctx) {
  return h('section', { class: 'campaign-counts', 'aria-labelledby': 'campaign-counts-title' },
    h('h3', { id: 'campaign-counts-title' }, `Phong trào ở ${ctx.state.mp}`),
    h('ul', { class: 'plain' }, campaigns.map((c) => {
      const target = { ...defaultState(), [field]: [ctx.state.mp], campaign: [c.value] };
      return h('li', {}, h('a', {
        href: ctx.link(target, true),
        onclick: (e) => { e.preventDefault(); ctx.navigate(target, { whole: true }); },
      }, c.value), h('span', { class: 'count' }, ` ${formatNumber(c.count)} bài`));
    })));
}

// The models endpoint's list, whatever its wrapper.
function modelsOf(payload) {
  if (Array.isArray(payload)) return payload;
  for (const key of ['models', 'hits', 'items']) if (Array.isArray(payload?.[key])) return payload[key];
  return [];
}

function modelList(models, ctx) {
  if (models.length === 0) {
    return h('p', { class: 'empty', id: 'models-empty' }, ctx.state.mp
      ? `Chưa nhận ra mô hình điển hình nào ở ${ctx.state.mp}${ctx.state.mc ? ' trong phong trào này' : ''}.`
      : 'Chưa nhận ra mô hình điển hình nào.');
  }
  return h('section', { 'aria-labelledby': 'models-list-title' },
    h('h3', { id: 'models-list-title' }, `${formatNumber(models.length)} mô hình`),
    h('ol', { class: 'models', id: 'models-list' }, models.map((m) => {
      const articles = Array.isArray(m.articles) ? m.articles : Array.isArray(m.documents) ? m.documents : [];
      const count = m.count ?? m.article_count ?? articles.length;
      return h('li', { class: 'model' },
        h('p', { class: 'model-name' }, h('strong', {}, m.name ?? m.value ?? ''),
          m.province ? h('span', { class: 'muted' }, ` · ${m.province}`) : null,
          h('span', { class: 'count' }, ` · ${formatNumber(count)} bài`)),
        articles.length ? h('ul', { class: 'plain model-articles' }, articles.slice(0, MAX_ARTICLES).map((a) => h('li', {},
          h('a', {
            href: ctx.link({ view: 'article', doc: a.id }),
            onclick: (e) => { e.preventDefault(); ctx.navigate({ view: 'article', doc: a.id }); },
          }, displayTitle(a)),
          a.published ? h('span', { class: 'muted' }, ` · ${formatDate(a.published)}`) : null))) : null);
    })));
}
