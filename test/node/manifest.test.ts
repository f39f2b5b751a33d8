// The custom elements manifest, generated from the sources exactly as the
// build generates it, describes the public contract of DESIGN.md: every
// registered element, its attributes, parts and events, all documented.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADAPTER_NAMES,
  PINNED_LAYOUTS,
  SORTS,
  STATUSES,
  THEMES,
  THREAD_LIST_LAYOUTS,
} from '../../src/core/allowed-values.js';

interface Described {
  name: string;
  description?: string;
}
interface Attribute extends Described {
  fieldName?: string;
  type?: { text: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  attribute?: string;
  privacy?: string;
}
interface ElementDeclaration extends Described {
  tagName: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Array<Described & { type?: { text: string } }>;
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<Partial<ElementDeclaration>>;
    exports?: Array<{ kind: string; name: string; declaration: { name: string } }>;
  }>;
}

/** DESIGN.md's public contract: names that may only change in a breaking release. */
const CONTRACT = {
  'community-provider': {
    attributes: ['adapter', 'base-url', 'locale', 'theme', 'brand'],
    parts: [],
    events: [],
  },
  'community-thread-list': {
    attributes: ['tags', 'category', 'query', 'sort', 'status', 'page-size', 'layout'],
    parts: ['item', 'title', 'excerpt', 'meta', 'avatar', 'tag', 'badge', 'button'],
    events: [
      'community-thread-select',
      'community-tag-select',
      'community-load',
      'community-error',
    ],
  },
  'community-pinned-posts': {
    attributes: ['category', 'max-items', 'dismissible'],
    parts: ['item', 'title', 'body', 'meta', 'badge', 'button'],
    events: ['community-thread-select', 'community-dismiss', 'community-load', 'community-error'],
  },
  'community-tag-search': {
    attributes: ['for', 'multiple', 'placeholder'],
    parts: ['input', 'listbox', 'option', 'chip', 'button'],
    events: ['community-tags-change'],
  },
  'community-welcome-card': {
    attributes: ['dismissible'],
    parts: ['title', 'body', 'step', 'progress', 'button'],
    events: ['community-onboarding-step', 'community-dismiss'],
  },
} as const;

const EVENT_CLASSES: Record<string, string> = {
  'community-thread-select': 'CommunityThreadSelectEvent',
  'community-tag-select': 'CommunityTagSelectEvent',
  'community-tags-change': 'CommunityTagsChangeEvent',
  'community-load': 'CommunityLoadEvent',
  'community-error': 'CommunityErrorEvent',
  'community-onboarding-step': 'CommunityOnboardingStepEvent',
  'community-dismiss': 'CommunityDismissEvent',
};

/** The ELEMENTS map of src/define.ts, the one place elements are registered: tag → class. */
function registeredElements(): Map<string, string> {
  const source = readFileSync('src/define.ts', 'utf8');
  const map = /export const ELEMENTS = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return new Map([...map.matchAll(/'([a-z-]+)':\s*(\w+)/g)].map((m) => [m[1]!, m[2]!]));
}

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const names = (items: Described[] = []) => items.map((item) => item.name);
const valuesOf = (type = '') => [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);

let manifest: Manifest;
let elements: Map<string, ElementDeclaration>;

beforeAll(() => {
  const outdir = join('.cache', 'manifest-test');
  mkdirSync(outdir, { recursive: true });
  const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  const result = spawnSync(
    process.execPath,
    [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir],
    { encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout + result.stderr, 'the analyzer warned').not.toMatch(/has no @fires/);
  manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
  elements = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration): declaration is ElementDeclaration => Boolean(declaration.tagName))
      .map((declaration) => [declaration.tagName, declaration]),
  );
}, 60_000);

describe('custom-elements.json', () => {
  it('describes exactly the elements src/define.ts registers, with their classes', () => {
    const registered = registeredElements();
    expect([...elements.keys()].sort()).toEqual([...registered.keys()].sort());
    for (const [tag, className] of registered) expect(elements.get(tag)!.name).toBe(className);
    expect(Object.keys(CONTRACT).sort()).toEqual([...registered.keys()].sort());
  });

  it('records where each element is defined', () => {
    const definitions = manifest.modules
      .flatMap((module) => module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition');
    expect(definitions.map((entry) => [entry.name, entry.declaration.name]).sort()).toEqual(
      [...registeredElements()].sort(),
    );
  });

  describe.each(Object.entries(CONTRACT))('<%s>', (tag, contract) => {
    const element = () => elements.get(tag)!;

    it('has a summary', () => {
      expect(element().description?.trim()).toBeTruthy();
    });

    it("has DESIGN.md's attributes, each mirrored by its camelCase property", () => {
      const attributes = element().attributes ?? [];
      expect(names(attributes)).toEqual(expect.arrayContaining([...contract.attributes]));
      for (const attribute of attributes) {
        expect(attribute.fieldName, attribute.name).toBe(camelCase(attribute.name));
        const property = element().members?.find((member) => member.name === attribute.fieldName);
        expect(property?.attribute, attribute.name).toBe(attribute.name);
      }
    });

    it("has DESIGN.md's parts", () => {
      expect(names(element().cssParts)).toEqual(expect.arrayContaining([...contract.parts]));
    });

    it("fires DESIGN.md's events, each typed with its event class", () => {
      const events = element().events ?? [];
      expect(names(events)).toEqual(expect.arrayContaining([...contract.events]));
      for (const event of events) {
        expect(Object.keys(EVENT_CLASSES), `${event.name} is not a DESIGN.md event`).toContain(
          event.name,
        );
        expect(event.type?.text, event.name).toBe(EVENT_CLASSES[event.name]);
      }
    });

    it('documents every attribute, event, slot, part and CSS property (from JSDoc)', () => {
      const { attributes, events, slots, cssParts, cssProperties } = element();
      for (const item of [attributes, events, slots, cssParts, cssProperties].flatMap(
        (list) => list ?? [],
      )) {
        expect(item.description?.trim(), `${tag}: ${item.name || '(default slot)'}`).toBeTruthy();
      }
    });

    it('names its own CSS properties after itself', () => {
      for (const property of element().cssProperties ?? []) {
        expect(property.name).toMatch(new RegExp(`^--${tag}-`));
      }
    });

    it('lists only public members', () => {
      for (const member of element().members ?? [])
        expect(member.privacy, member.name).toBe(undefined);
    });
  });

  it('spells out the allowed values of enumerated attributes, for editors', () => {
    const typeOf = (tag: string, attribute: string) =>
      elements.get(tag)!.attributes!.find((a) => a.name === attribute)!.type?.text;
    expect(valuesOf(typeOf('community-thread-list', 'sort'))).toEqual([...SORTS]);
    expect(valuesOf(typeOf('community-thread-list', 'status'))).toEqual([...STATUSES]);
    expect(valuesOf(typeOf('community-thread-list', 'layout'))).toEqual([...THREAD_LIST_LAYOUTS]);
    expect(valuesOf(typeOf('community-pinned-posts', 'layout'))).toEqual([...PINNED_LAYOUTS]);
    expect(valuesOf(typeOf('community-provider', 'theme'))).toEqual([...THEMES]);
    expect(valuesOf(typeOf('community-provider', 'adapter'))).toEqual([...ADAPTER_NAMES]);
    expect(typeOf('community-thread-list', 'page-size')).toBe('number');
  });

  it('matches the React wrappers: one typed on… prop per event of each element', () => {
    const source = readFileSync('src/react/index.ts', 'utf8');
    const eventOfProp = new Map(
      [...source.matchAll(/const (on\w+) = '(community-[a-z-]+)'/g)].map((m) => [m[1]!, m[2]!]),
    );
    for (const [tag, element] of elements) {
      const call = new RegExp(
        `tagName: '${tag}',[^}]*?(?:events: \\{([^}]*)\\},?)?\\s*\\}\\)`,
      ).exec(source);
      expect(call, `src/react/index.ts wraps <${tag}>`).not.toBeNull();
      const props = (call![1] ?? '')
        .split(',')
        .map((prop) => prop.trim())
        .filter(Boolean);
      expect(props.map((prop) => eventOfProp.get(prop)).sort(), tag).toEqual(
        names(element.events).sort(),
      );
    }
  });
});
