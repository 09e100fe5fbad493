/**
 * The behaviour of `<provision-picker>`: suggestions from the search index as the reader types
 * (one per provision, named by citation and title), the chosen provision's key kept in a hidden
 * field, and its versions offered when it is held over time.
 */
import { printedDate } from '../content/versions.ts';
import { SearchEngine } from '../search/engine.ts';
import { fetchSource } from '../search/fetch-source.ts';
import type { ProvisionDetailJson } from '../api/open-data.ts';

const engine = new SearchEngine(fetchSource());

/** Suggestions for what the reader typed: label → provision key, best first. */
export async function suggest(query: string, limit = 8): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (query.trim().length < 2) return found;
  const { hits } = await engine.search(query, {}, 40);
  for (const { doc } of hits) {
    if ([...found.values()].includes(doc.provision)) continue;
    found.set(`${doc.act}, ${doc.title}`, doc.provision);
    if (found.size >= limit) break;
  }
  return found;
}

export async function loadProvision(key: string): Promise<ProvisionDetailJson | null> {
  const response = await fetch(`/api/provisions/${key}.json`);
  return response.ok ? ((await response.json()) as ProvisionDetailJson) : null;
}

export class ProvisionPicker extends HTMLElement {
  private choices = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  get text(): HTMLInputElement {
    return this.querySelector('input[type=text]')!;
  }
  get key(): HTMLInputElement {
    return this.querySelector('input[type=hidden]')!;
  }

  connectedCallback() {
    const list = this.querySelector('datalist')!;
    const status = this.querySelector<HTMLElement>('[data-picker-status]')!;
    this.text.addEventListener('input', () => {
      const chosen = this.choices.get(this.text.value);
      if (chosen) return void this.choose(chosen, this.text.value);
      this.key.value = '';
      clearTimeout(this.timer);
      this.timer = setTimeout(async () => {
        this.choices = await suggest(this.text.value);
        list.replaceChildren(...[...this.choices.keys()].map((label) => Object.assign(document.createElement('option'), { value: label })));
        status.textContent =
          this.text.value.trim().length < 2 ? '' : this.choices.size ? `${this.choices.size} suggestions` : 'No provision matches';
      }, 150);
    });
    this.querySelector<HTMLSelectElement>('[data-version]')!.addEventListener('change', (event) => {
      const base = this.key.value.split('@')[0]!;
      const date = (event.target as HTMLSelectElement).value;
      this.key.value = date ? `${base}@${date}` : base;
    });
  }

  /** Makes `key` the chosen provision; fills the label from its citation when none is given. */
  async choose(key: string, label?: string) {
    this.key.value = key;
    const provision = await loadProvision(key.split('@')[0]!);
    const status = this.querySelector<HTMLElement>('[data-picker-status]')!;
    if (!provision) {
      status.textContent = 'No such provision';
      return;
    }
    const title = Object.values(provision.versions)[0]?.title;
    this.text.value = label ?? `${provision.citation}${title ? ` – ${title}` : ''}`;
    status.textContent = `Held in ${Object.keys(provision.versions).length} language(s)`;
    const field = this.querySelector<HTMLElement>('[data-version-field]')!;
    const select = this.querySelector<HTMLSelectElement>('[data-version]')!;
    field.hidden = provision.dates.length < 2;
    select.replaceChildren(
      ...provision.dates.map((date, i) =>
        Object.assign(document.createElement('option'), {
          value: i === 0 ? '' : date,
          textContent: `${printedDate(date)}${i === 0 ? ' (latest held)' : ''}`,
        }),
      ),
    );
    select.value = key.split('@')[1] ?? '';
  }

  /** The key for submitting: the chosen one, or the best suggestion for what was typed. */
  async resolve(): Promise<string | null> {
    if (this.key.value) return this.key.value;
    const best = [...(await suggest(this.text.value, 1)).values()][0];
    if (best) await this.choose(best);
    return best ?? null;
  }
}
