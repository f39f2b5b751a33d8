// A custom-elements-manifest analyzer plugin that turns what the analyzer
// reads from src/ into the public API a consumer's editor and our docs need.
// The analyzer gets the shape right (tag names, attributes with their custom
// names, JSDoc slots, parts, CSS properties, @fires); this fills what it
// cannot know across modules:
// - an event's class: `@fires community-load` gains `type: CommunityLoadEvent`,
//   matched through the class's `static eventName`, and the nameless entries
//   the analyzer records for `dispatchEvent(new X())` are folded into it;
// - enumerated types: `ThreadSort` becomes `'latest' | 'top' | …`, read from
//   the `as const` arrays in src/core, so editors can offer the values;
// - defaults named by an imported constant (`DEFAULT_PAGE_SIZE`) become the
//   value, and a converter-typed property gets the type of that value;
// - private and protected members, platform callbacks and Lit plumbing go;
// - modules that define no element or event (helpers) go;
// - where the elements are registered: src/define.ts, in a loop over its
//   ELEMENTS map that the analyzer cannot follow (a test holds the two equal).
import { readFileSync } from 'node:fs';

const ENUM_SOURCES = ['src/core/allowed-values.ts', 'src/core/types.ts'];
const EVENTS_DIR = 'src/core/events/';
const DEFINE_MODULE = 'src/define.ts';
const HIDDEN_STATICS = new Set(['styles', 'formAssociated', 'shadowRootOptions', 'properties']);

export function publicApiPlugin() {
  let ts;
  let enumTypes = new Map();
  return {
    name: 'community-widgets-public-api',
    initialize({ ts: typescript }) {
      ts = typescript;
      enumTypes = readEnumTypes(ts, ENUM_SOURCES);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const constants = collectConstants(manifest);
      const events = collectEventClasses(manifest);
      const elements = [];
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          elements.push({ declaration, module });
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            resolveDefault(item, constants);
            expandEnumType(item, enumTypes);
          }
          declaration.events = typedEvents(declaration, events);
          if (declaration.superclass?.module) {
            declaration.superclass.module = sourcePath(declaration.superclass.module);
          }
        }
      }
      manifest.modules = manifest.modules.filter(
        (module) =>
          module.path.startsWith(EVENTS_DIR) ||
          (module.declarations ?? []).some((d) => d.customElement),
      );
      for (const module of manifest.modules) {
        (module.declarations ?? []).forEach(publicMembersOnly);
      }
      manifest.modules.push(definitionsModule(elements));
      manifest.readme = 'README.md';
    },
  };
}

/** `'community-load'` → `{ className, module, description }`, from classes with a `static eventName`. */
function collectEventClasses(manifest) {
  const events = new Map();
  for (const module of manifest.modules) {
    if (!module.path.startsWith(EVENTS_DIR)) continue;
    for (const declaration of module.declarations ?? []) {
      const field = declaration.members?.find((m) => m.static && m.name === 'eventName');
      const name = field?.default?.replace(/^['"]|['"]$/g, '');
      if (!name) continue;
      events.set(name, {
        className: declaration.name,
        module: module.path,
        description: declaration.description,
      });
    }
  }
  return events;
}

function typedEvents(declaration, events) {
  const nameOfClass = new Map([...events].map(([name, event]) => [event.className, name]));
  const byName = new Map();
  // @fires entries first, so the JSDoc's order is the manifest's.
  const documentedFirst = [...(declaration.events ?? [])].sort(
    (a, b) => Number(!a.name) - Number(!b.name),
  );
  for (const event of documentedFirst) {
    const name = event.name ?? nameOfClass.get(event.type?.text);
    if (!name) continue;
    const entry = byName.get(name) ?? { name, documented: false, description: undefined };
    entry.documented ||= Boolean(event.name);
    entry.description ??= event.description;
    byName.set(name, entry);
  }
  return [...byName.values()].map(({ name, documented, description }) => {
    if (!documented) {
      console.warn(
        `<${declaration.tagName}> dispatches ${name}, but its JSDoc has no @fires for it.`,
      );
    }
    const known = events.get(name);
    return {
      name,
      description: description ?? known?.description,
      ...(known && {
        type: {
          text: known.className,
          references: [{ name: known.className, module: known.module }],
        },
      }),
    };
  });
}

function publicMembersOnly(declaration) {
  if (!declaration.members) return;
  declaration.members = declaration.members.filter(
    (member) =>
      !member.privacy &&
      !member.name.startsWith('#') &&
      !(member.static && HIDDEN_STATICS.has(member.name)) &&
      !(member.kind === 'method' && member.name.endsWith('Callback')),
  );
}

/** Exported constants (`DEFAULT_PAGE_SIZE = 10`) across the analyzed modules, when their values agree. */
function collectConstants(manifest) {
  const values = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'variable' || declaration.default === undefined) continue;
      const seen = values.get(declaration.name);
      values.set(
        declaration.name,
        seen === undefined || seen === declaration.default ? declaration.default : null,
      );
    }
  }
  return values;
}

function resolveDefault(item, constants) {
  if (!/^[A-Z][A-Z0-9_]*$/.test(item.default ?? '')) return;
  const value = constants.get(item.default);
  if (value == null) return;
  item.default = value;
  if (!item.type) {
    const type = literalType(value);
    if (type) item.type = { text: type };
  }
}

function literalType(value) {
  if (/^-?\d+(\.\d+)?$/.test(value)) return 'number';
  if (value === 'true' || value === 'false') return 'boolean';
  if (/^(['"]).*\1$/.test(value)) return 'string';
  return undefined;
}

function expandEnumType(item, enumTypes) {
  if (!item.type?.text) return;
  const parts = item.type.text.split('|').map((part) => part.trim());
  if (!parts.some((part) => enumTypes.has(part))) return;
  const expanded = parts.flatMap((part) =>
    enumTypes.has(part) ? enumTypes.get(part).map((value) => `'${value}'`) : [part],
  );
  item.type = { text: expanded.join(' | ') };
}

/**
 * `type ThreadSort = (typeof SORTS)[number]` with `SORTS = [...] as const`,
 * and plain `type X = 'a' | 'b'`, as name → values.
 */
function readEnumTypes(ts, files) {
  const arrays = new Map();
  const aliases = new Map();
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const variable of statement.declarationList.declarations) {
          const values = constStringArray(ts, variable.initializer);
          if (values && ts.isIdentifier(variable.name)) arrays.set(variable.name.text, values);
        }
      } else if (ts.isTypeAliasDeclaration(statement)) {
        aliases.set(statement.name.text, statement.type);
      }
    }
  }
  const types = new Map();
  for (const [name, type] of aliases) {
    const values = enumValues(ts, type, arrays);
    if (values) types.set(name, values);
  }
  return types;
}

function constStringArray(ts, node) {
  if (!node || !ts.isAsExpression(node) || !ts.isArrayLiteralExpression(node.expression)) return;
  const elements = node.expression.elements;
  if (!elements.every((element) => ts.isStringLiteral(element))) return;
  return elements.map((element) => element.text);
}

function enumValues(ts, type, arrays) {
  if (ts.isParenthesizedTypeNode(type)) return enumValues(ts, type.type, arrays);
  if (ts.isIndexedAccessTypeNode(type) && ts.isTypeQueryNode(unwrap(ts, type.objectType))) {
    const query = unwrap(ts, type.objectType);
    return ts.isIdentifier(query.exprName) ? arrays.get(query.exprName.text) : undefined;
  }
  if (ts.isUnionTypeNode(type)) {
    const values = type.types.map((member) =>
      ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)
        ? member.literal.text
        : undefined,
    );
    return values.every((value) => value !== undefined) ? values : undefined;
  }
  return undefined;
}

function unwrap(ts, type) {
  return ts.isParenthesizedTypeNode(type) ? unwrap(ts, type.type) : type;
}

/** The analyzer writes superclass modules as `/src/x.js`; the manifest's own paths are `src/x.ts`. */
function sourcePath(path) {
  return path.replace(/^\//, '').replace(/\.js$/, '.ts');
}

/** src/define.ts registers every element. */
function definitionsModule(elements) {
  return {
    kind: 'javascript-module',
    path: DEFINE_MODULE,
    declarations: [],
    exports: elements.map(({ declaration, module }) => ({
      kind: 'custom-element-definition',
      name: declaration.tagName,
      declaration: { name: declaration.name, module: module.path },
    })),
  };
}
