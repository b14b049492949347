// @ts-check
/**
 * The TypeDoc plugin of `npm run docs`. Every public export is filed under the
 * category of the module it is defined in (src/<module>/…), so the reference groups by
 * dates, calendar, identifiers, entities, policy, supervision, duties, obligations,
 * checklists, audit, validation and report without a `@category` tag on each export. An explicit
 * `@category` tag wins. Names starting with `_` are internal helpers (CONVENTIONS) and are
 * left out of the reference.
 *
 * It also keeps the names of the package's own type aliases where the source writes them.
 * TypeDoc converts a property's or parameter's type from the checker's type, and a zod
 * alias such as `type Policy = z.infer<typeof PolicySchema>` (or `IsoDate = string`) has no
 * name there: every `policy?: Policy` option would show the whole policy inline. Where the
 * declaration's type annotation names an alias declared under src/, the type is converted
 * from that annotation instead, giving a link to the alias.
 */
import { Converter, Models, TypeScript as ts } from "typedoc";

/** src/<dir> → category title, in reading order (typedoc.json `categoryOrder` repeats it). */
const CATEGORIES = {
  dates: "Dates",
  calendar: "Calendar",
  identifiers: "Identifiers",
  entities: "Entities",
  policy: "Policy",
  supervision: "Supervision",
  duties: "Duties",
  obligations: "Obligations",
  checklists: "Checklists",
  audit: "Audit",
  validation: "Validation",
  report: "Report",
};

/**
 * Whether a type annotation names a type alias declared in this package's src/.
 *
 * @param {import("typedoc").Context} context
 * @param {import("typescript").TypeNode | undefined} node
 */
function namesLocalAlias(context, node) {
  if (node === undefined || !ts.isTypeReferenceNode(node)) return false;
  let symbol = context.checker.getSymbolAtLocation(node.typeName);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
  return (
    symbol !== undefined &&
    (symbol.flags & ts.SymbolFlags.TypeAlias) !== 0 &&
    (symbol.declarations ?? []).some((d) => /[\\/]src[\\/]/.test(d.getSourceFile().fileName))
  );
}

/**
 * Converts `holder.type` again from the annotation `node`, dropping what was inlined.
 *
 * @param {import("typedoc").Context} context
 * @param {import("typedoc").Reflection & { type?: import("typedoc").SomeType }} holder
 * @param {import("typescript").TypeNode | undefined} node
 */
function keepAliasName(context, holder, node) {
  if (!namesLocalAlias(context, node) || holder.type === undefined || holder.type.type === "reference") return;
  /** @param {import("typedoc").SomeType} type */
  const dropInlined = (type) => {
    if (type.type === "reflection") context.project.removeReflection(type.declaration);
    for (const value of Object.values(type)) {
      if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && dropInlined(v));
      else if (value && typeof value === "object" && "type" in value && typeof value.type === "string") dropInlined(value);
    }
  };
  // withScope must walk down from the context's scope to the holder.
  const scope =
    holder === context.scope || holder.parent === context.scope
      ? context.withScope(holder)
      : holder.parent?.parent === context.scope && holder.parent
        ? context.withScope(holder.parent).withScope(holder)
        : undefined;
  if (scope === undefined) return;
  dropInlined(holder.type);
  holder.type = context.converter.convertType(scope, /** @type {import("typescript").TypeNode} */ (node));
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, refl) => {
    if (!refl.kindOf(Models.ReflectionKind.Property)) return;
    const declaration = context.getSymbolFromReflection(refl)?.getDeclarations()?.[0];
    if (declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration))) {
      keepAliasName(context, refl, declaration.type);
    }
  });
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, node) => {
    if (node === undefined || !("parameters" in node)) return;
    const declaration = /** @type {import("typescript").SignatureDeclaration} */ (node);
    (signature.parameters ?? []).forEach((param, i) => keepAliasName(context, param, declaration.parameters[i]?.type));
    keepAliasName(context, signature, declaration.type);
  });
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      for (const refl of [...(project.children ?? [])]) {
        if (refl.name.startsWith("_")) {
          project.removeReflection(refl);
          continue;
        }
        const file = project.getSymbolIdFromReflection(refl)?.fileName ?? refl.sources?.[0]?.fullFileName ?? "";
        const dir = /\/src\/([^/]+)\//.exec(file.replaceAll("\\", "/"))?.[1];
        const category = dir ? CATEGORIES[/** @type {keyof typeof CATEGORIES} */ (dir)] : undefined;
        if (!category) continue;
        // Only tag documented exports: an undocumented one must still fail validation.
        const comments = [refl.comment, ...refl.getNonIndexSignatures().map((s) => s.comment)].filter(
          (c) => c !== undefined,
        );
        const target = comments[0];
        if (!target || comments.some((c) => c.blockTags.some((t) => t.tag === "@category"))) continue;
        target.blockTags.push(new Models.CommentTag("@category", [{ kind: "text", text: category }]));
      }
    },
    100,
  );
}
