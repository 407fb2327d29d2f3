/**
 * What `npm run compose` derives from the composed schema for readers: the list of undescribed elements (which
 * `schema:check` refuses) and docs/api-reference.md, the API reference rendered from the public API schema.
 */
import {
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  parse,
  print,
  Kind,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** Federation and link machinery (`join__Graph`, `link__Import`, `requiresScopes__Scope`): not ours to describe. */
const isMachinery = (type: GraphQLNamedType) => type.name.includes('__');

function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !isMachinery(type))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const described = (element: { description?: string | null }) => Boolean(element.description?.trim());

/**
 * Every type, field, argument, enum value and input field of `schema` without a description, as schema coordinates
 * (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `Input.field`). Built-in scalars, introspection types and
 * federation machinery are skipped.
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const args = (owner: string, list: readonly GraphQLArgument[]) => {
    for (const arg of list) if (!described(arg)) missing.push(`${owner}(${arg.name}:)`);
  };
  for (const type of ownTypes(schema)) {
    if (!described(type)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field)) missing.push(`${type.name}.${field.name}`);
        args(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

/**
 * Who may call each field, from the supergraph's `@authenticated` and `@requiresScopes` (which the router enforces):
 * `Type.field` → "Signed in" or "Scopes: ADMIN".
 */
export function accessRules(supergraphSdl: string): Map<string, string> {
  const rules = new Map<string, string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      for (const directive of field.directives ?? []) {
        const coordinate = `${definition.name.value}.${field.name.value}`;
        if (directive.name.value === 'authenticated') rules.set(coordinate, 'signed in');
        if (directive.name.value === 'requiresScopes') {
          const scopes = directive.arguments?.[0]?.value;
          const names = scopes && scopes.kind === Kind.LIST
            ? scopes.values.map((any) => (any.kind === Kind.LIST ? any.values.map((v) => (v.kind === Kind.STRING ? v.value : '?')).join(' and ') : '?'))
            : [];
          rules.set(coordinate, `scope ${names.join(' or ')}`);
        }
      }
    }
  }
  return rules;
}

const anchor = (name: string) => name.toLowerCase();
/** A type reference with a link to the named type's section, unless it is a built-in scalar. */
function typeRef(type: Parameters<typeof getNamedType>[0]): string {
  const named = getNamedType(type)!;
  const text = `\`${String(type)}\``;
  return isSpecifiedScalarType(named) ? text : `[${text}](#${anchor(named.name)})`;
}
/** A description on one line: table cells cannot hold line breaks, and a `|` would end the cell. */
const inline = (text: string | null | undefined) => (text ?? '').trim().replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
/** A description as a paragraph (SDL descriptions are hard-wrapped prose). */
const block = (text: string | null | undefined) => (text ?? '').trim().replace(/\s*\n\s*/g, ' ');

/** ` = <default>` in GraphQL syntax (`SAFELIST`, not `"SAFELIST"`), or nothing. */
function defaultOf(arg: GraphQLArgument | GraphQLInputField): string {
  const ast = arg.defaultValue === undefined ? null : astFromValue(arg.defaultValue, arg.type);
  return ast ? ` = ${print(ast)}` : '';
}

function argumentTable(args: readonly (GraphQLArgument | GraphQLInputField)[], heading: string): string[] {
  if (!args.length) return [];
  const rows = args.map((arg) => {
    const def = defaultOf(arg);
    return `| \`${arg.name}\` | ${typeRef(arg.type)}${def ? ` \`${def.trim()}\`` : ''} | ${inline(arg.description)} |`;
  });
  return [`| ${heading} | Type | Description |`, '| --- | --- | --- |', ...rows, ''];
}

function operation(field: GraphQLField<unknown, unknown>, access: string | undefined): string[] {
  return [
    `### \`${field.name}\``,
    '',
    `Returns ${typeRef(field.type)}${access ? ` · **${access}**` : ''}`,
    '',
    block(field.description),
    '',
    ...argumentTable(field.args, 'Argument'),
  ];
}

function fieldTable(type: GraphQLNamedType, access: Map<string, string>): string[] {
  if (!isObjectType(type) && !isInterfaceType(type)) return [];
  const rows = Object.values(type.getFields()).map((field) => {
    const args = field.args.length
      ? `<br>Arguments:${field.args.map((arg) => `<br>\`${arg.name}: ${String(arg.type)}${defaultOf(arg)}\` — ${inline(arg.description)}`).join('')}`
      : '';
    const rule = access.get(`${type.name}.${field.name}`);
    return `| \`${field.name}\` | ${typeRef(field.type)} | ${inline(field.description)}${rule ? ` **(${rule})**` : ''}${args} |`;
  });
  return ['| Field | Type | Description |', '| --- | --- | --- |', ...rows, ''];
}

function typeSection(type: GraphQLNamedType, access: Map<string, string>): string[] {
  const lines = [`### ${type.name}`, '', block(type.description), ''];
  if (isObjectType(type) || isInterfaceType(type)) lines.push(...fieldTable(type, access));
  else if (isInputObjectType(type)) lines.push(...argumentTable(Object.values(type.getFields()), 'Field'));
  else if (isEnumType(type)) {
    lines.push('| Value | Description |', '| --- | --- |', ...type.getValues().map((v) => `| \`${v.name}\` | ${inline(v.description)} |`), '');
  } else if (isUnionType(type)) lines.push(`One of: ${type.getTypes().map(typeRef).join(', ')}`, '');
  return lines;
}

/**
 * docs/api-reference.md: queries, then mutations, then every other type by kind (objects, inputs, enums, scalars),
 * each with its description, arguments and types. `access` marks fields the router restricts.
 */
export function apiReference(schema: GraphQLSchema, access: Map<string, string>): string {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => t != null);
  const others = ownTypes(schema).filter((type) => !roots.includes(type as never));
  const groups: [string, GraphQLNamedType[]][] = [
    ['Objects', others.filter((t) => isObjectType(t) || isInterfaceType(t) || isUnionType(t))],
    ['Inputs', others.filter(isInputObjectType)],
    ['Enums', others.filter(isEnumType)],
    ['Scalars', others.filter(isScalarType)],
  ];
  const lines = [
    '<!-- Generated by `npm run compose` from schema/api.graphql (the public API schema). Do not edit. -->',
    '',
    '# API reference',
    '',
    'The public GraphQL API of the router (`POST /graphql`), as composed from the subgraphs\' SDL. Money is integer',
    'minor units (`{ amount: 8997, currency: "USD" }` is $89.97), timestamps are ISO-8601 UTC, ids are opaque.',
    'Expected failures of a mutation are `userErrors` (with the codes named under each mutation); access marked',
    '**signed in** or **scope ADMIN** is enforced by the router (`UNAUTHENTICATED` / `FORBIDDEN`).',
    '',
    '## Contents',
    '',
    ...roots.map((root) => `- [${root.name === 'Query' ? 'Queries' : root.name === 'Mutation' ? 'Mutations' : 'Subscriptions'}](#${root.name === 'Query' ? 'queries' : root.name === 'Mutation' ? 'mutations' : 'subscriptions'})`),
    ...groups.filter(([, types]) => types.length).map(([title, types]) => `- [${title}](#${anchor(title)}): ${types.map((t) => `[${t.name}](#${anchor(t.name)})`).join(', ')}`),
    '',
  ];
  for (const root of roots) {
    lines.push(`## ${root.name === 'Query' ? 'Queries' : root.name === 'Mutation' ? 'Mutations' : 'Subscriptions'}`, '');
    for (const field of Object.values(root.getFields())) lines.push(...operation(field, access.get(`${root.name}.${field.name}`)));
  }
  for (const [title, types] of groups) {
    if (!types.length) continue;
    lines.push(`## ${title}`, '');
    for (const type of types) lines.push(...typeSection(type, access));
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
