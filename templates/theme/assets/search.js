// The search page of the default theme: reads ?q=, asks Pagefind (loaded from the site's own
// pagefind/ folder, nothing from elsewhere) and lists title, date and excerpt like the post cards.
const form = document.querySelector('form[data-pagefind]');
const input = form?.querySelector('input[name="q"]');
const status = document.querySelector('.search-status');
const list = document.querySelector('.search-results');
const PAGE = 10;

// The page's words in the site's language (`data-strings`, from the theme's strings), English without them.
const STRINGS = {
  searching: 'Searching…',
  searchNoResults: 'No posts match “{query}”.',
  searchResults: { one: '{count} post matches “{query}”.', other: '{count} posts match “{query}”.' },
  searchUnavailable: 'Search is not available right now.',
  moreResults: 'More results',
};
try {
  Object.assign(STRINGS, JSON.parse(form?.dataset.strings ?? '{}'));
} catch {}
const lang = document.documentElement.lang || 'en';
const say = (id, values = {}) => {
  const message = STRINGS[id];
  let text = message;
  if (typeof message !== 'string') {
    const category = new Intl.PluralRules(lang).select(values.count ?? 0);
    text = message[category] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) =>
    values[name] === undefined
      ? whole
      : name === 'count'
        ? new Intl.NumberFormat(lang).format(values[name])
        : String(values[name]),
  );
};

if (form && input && status && list) {
  let pagefind;
  let shown = 0;
  let results = [];
  let latest = 0;

  const load = async () => {
    if (!pagefind) {
      const found = await import(form.dataset.pagefind);
      // Results are indexed by site path (`/posts/x/`); the base path (`/blog/`) is added here.
      const baseUrl = form.dataset.baseUrl || '/';
      await found.options({ baseUrl });
      await found.init();
      // A big blog's index comes in parts (one per 600 posts or so); results are ranked across them.
      const parts = (form.dataset.pagefindParts ?? '').split(' ');
      await Promise.all(parts.filter(Boolean).map((part) => found.mergeIndex(part, { baseUrl })));
      pagefind = found;
    }
    return pagefind;
  };

  // Pagefind's excerpts mark the matched words with <mark>; keep only text and those marks.
  const excerptNodes = (html) => {
    const tpl = document.createElement('template');
    tpl.innerHTML = html;
    const out = [];
    for (const node of tpl.content.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent));
      else if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        out.push(mark);
      } else out.push(document.createTextNode(node.textContent ?? ''));
    }
    return out;
  };

  const card = (data) => {
    const li = document.createElement('li');
    li.className = 'post-card';
    const article = document.createElement('article');
    if (data.meta.date) {
      const date = document.createElement('p');
      date.className = 'post-card-date';
      date.textContent = data.meta.date;
      article.append(date);
    }
    const h2 = document.createElement('h2');
    h2.className = 'post-card-title';
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.title || data.url;
    h2.append(a);
    const excerpt = document.createElement('p');
    excerpt.className = 'post-card-excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    article.append(h2, excerpt);
    li.append(article);
    return li;
  };

  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button search-more';
  more.textContent = say('moreResults');

  const showMore = async () => {
    const mine = latest;
    const batch = results.slice(shown, shown + PAGE);
    const datas = await Promise.all(batch.map((r) => r.data()));
    if (mine !== latest) return; // a newer search has started
    list.append(...datas.map(card));
    shown += batch.length;
    if (shown < results.length) list.after(more);
    else more.remove();
  };
  more.addEventListener('click', async () => {
    const first = shown;
    await showMore();
    list.children[first]?.querySelector('a')?.focus();
  });

  const run = async (query) => {
    const mine = ++latest;
    list.replaceChildren();
    more.remove();
    shown = 0;
    results = [];
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = say('searching');
    try {
      const found = await (await load()).search(query);
      if (mine !== latest) return;
      results = found.results;
      await showMore();
      if (mine !== latest) return;
      // Announced once the first results are on the page.
      status.textContent =
        results.length === 0
          ? say('searchNoResults', { query })
          : say('searchResults', { count: results.length, query });
    } catch {
      if (mine === latest) status.textContent = say('searchUnavailable');
    }
  };

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) run(initial);

  // The address follows what is shown, so a reload or a shared link gives the same results, and a box
  // emptied (Escape, or deleting the words) does not bring old results back on reload.
  const search = (query) => {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    run(query);
  };

  let timer;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), 200);
  });
}
